/**
 * Alerts that wait for a person. In Sheets, `Ui.alert` with buttons "suspends the server-side script while
 * the dialog is open" (https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)).
 * The emulator runs the add-on synchronously, so the preview cannot pause it: a call that asks is stopped at
 * the question (nothing it did is kept), the question goes to the window that made the call, and once that
 * person answers, the call runs again from the start with the answer given. Each window has at most one
 * question open, as each Sheets user has at most one dialog. A question nobody answers (its window was
 * closed) counts as closed after six minutes, when Apps Script would have stopped the waiting execution.
 */
import type { ButtonName, UiQuestion } from "../emulator";
import type { PreviewQuestion } from "./protocol";

/** Apps Script's limit on one execution ("Script runtime: 6 min / execution", quotas guide). */
const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** Thrown through the add-on's code from `Ui.alert` to stop the call at its question. */
export class QuestionPending extends Error {
  constructor(readonly question: UiQuestion) {
    super(`Waiting for an answer to "${question.title || question.prompt}"`);
  }
}

interface Open {
  shown: PreviewQuestion;
  buttons: readonly ButtonName[];
  settle: (button: ButtonName) => void;
}

export class Questions {
  private readonly open = new Map<string, Open>();
  private seq = 0;

  /** Shows `question` to window `client`; settles with the button pressed. */
  ask(client: string, question: UiQuestion): Promise<ButtonName> {
    // A window that somehow asks twice closes the older dialog, as a new dialog replaces one in Sheets.
    this.open.get(client)?.settle("CLOSE");
    return new Promise((resolve) => {
      const expiry = setTimeout(() => this.open.get(client)?.settle("CLOSE"), EXECUTION_LIMIT_MS);
      expiry.unref();
      const shown: PreviewQuestion = {
        id: ++this.seq,
        title: question.title,
        text: question.prompt,
        buttons: question.buttons,
      };
      this.open.set(client, {
        shown,
        buttons: question.buttons,
        settle: (button) => {
          clearTimeout(expiry);
          if (this.open.get(client)?.shown === shown) this.open.delete(client);
          resolve(button);
        },
      });
    });
  }

  /** The question window `client` has open, if any. */
  pendingFor(client: string): PreviewQuestion | null {
    return this.open.get(client)?.shown ?? null;
  }

  /** The window's answer to question `id`; false when that question is not open (answered already, say). */
  answer(client: string, id: number, button: string): boolean {
    const open = this.open.get(client);
    const pressed = open?.buttons.find((b) => b === button);
    if (!open || open.shown.id !== id || pressed === undefined) return false;
    open.settle(pressed);
    return true;
  }

  /** Every open question is closed unanswered (the preview stops or starts over). */
  closeAll(): void {
    for (const { settle } of [...this.open.values()]) settle("CLOSE");
  }
}

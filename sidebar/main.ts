const app = document.getElementById("app");
if (app) app.textContent = "RACI Matrix for Sheets";

import type { Portal } from "../../state";
import type { AuthorizeRequest } from "./request";

const SCOPE_DESCRIPTIONS: Record<string, string> = {
  oauth: "Basic OAuth access, including reading your account details",
  "crm.objects.goals.read": "View goals and their targets",
  "crm.objects.goals.write": "Create, edit and delete goals",
  "crm.objects.owners.read": "View record owners",
  "settings.users.read": "View users in your account",
  "settings.users.teams.read": "View teams in your account",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;background:#f5f8fa;color:#213343;margin:0}
main{max-width:40rem;margin:2rem auto;background:#fff;border:1px solid #cbd6e2;border-radius:8px;padding:1.5rem 2rem}
h1{font-size:1.4rem;margin-top:0}fieldset{border:1px solid #cbd6e2;border-radius:6px;margin:0 0 1rem;padding:.75rem 1rem}
legend{font-weight:600;padding:0 .25rem}.option{margin:.35rem 0}label{margin-left:.4rem}
code{background:#eaf0f6;padding:0 .25rem;border-radius:3px}.note{color:#516f90;font-size:.9rem}
.actions{display:flex;gap:.75rem}button{font:inherit;padding:.55rem 1.2rem;border-radius:4px;border:1px solid #425b76;cursor:pointer}
button[value=grant]{background:#b5381c;border-color:#b5381c;color:#fff}button[value=cancel]{background:#fff;color:#425b76}
button:focus-visible,input:focus-visible{outline:3px solid #0091ae;outline-offset:2px}
.error{border-left:4px solid #d94c53;padding-left:1rem}`;

// An empty icon: without one the browser asks the emulator for /favicon.ico, gets a 404 and logs it
// as a console error in the middle of every sign-in.
function layout(title: string, content: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${content}</main></body></html>`;
}

function hidden(name: string, value: string | null): string {
  return value === null ? "" : `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
}

function accountChoices(portals: Portal[], preselect: number | undefined): string {
  const chosenPortal = portals.find((portal) => portal.profile.portalId === preselect) ?? portals.find((p) => p.directory.users.length > 0);
  return portals
    .filter((portal) => portal.directory.users.length > 0)
    .map((portal) => {
      const id = portal.profile.portalId;
      const options = portal.directory.users
        .map((user, index) => {
          const inputId = `user-${id}-${user.id}`;
          const checked = portal === chosenPortal && index === 0 ? " checked" : "";
          const label = `${user.firstName} ${user.lastName} (${user.email})`;
          return `<div class="option"><input type="radio" id="${inputId}" name="portal_user" value="${id}:${user.id}" required${checked}><label for="${inputId}">${escapeHtml(label)}</label></div>`;
        })
        .join("\n");
      return `<fieldset><legend>${escapeHtml(portal.profile.name)} <span class="note">(account ${id})</span></legend>\n${options}\n</fieldset>`;
    })
    .join("\n");
}

function scopeList(request: AuthorizeRequest): string {
  const required = request.scopes
    .map((scope) => `<li><code>${escapeHtml(scope)}</code>${SCOPE_DESCRIPTIONS[scope] ? `: ${escapeHtml(SCOPE_DESCRIPTIONS[scope])}` : ""}</li>`)
    .join("\n");
  const optional = request.optionalScopes
    .map((scope, index) => {
      const inputId = `optional-scope-${index}`;
      const text = `${scope} (optional)${SCOPE_DESCRIPTIONS[scope] ? `: ${SCOPE_DESCRIPTIONS[scope]}` : ""}`;
      return `<div class="option"><input type="checkbox" id="${inputId}" name="grant_optional" value="${escapeHtml(scope)}" checked><label for="${inputId}">${escapeHtml(text)}</label></div>`;
    })
    .join("\n");
  return `<fieldset><legend>${escapeHtml(request.client.name)} will be able to</legend>
<p class="note">Required:</p><ul>${required}</ul>
${optional ? `<p class="note">Optional (untick to withhold):</p>${optional}` : ""}
</fieldset>`;
}

/** HubSpot's consent screen, reduced to what a sign-in test needs, with real labels for every control. */
export function consentPage(request: AuthorizeRequest, portals: Portal[], preselect?: number): string {
  const title = `Connect ${request.client.name} to HubSpot`;
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>
<p class="note">HubSpot emulator: choose the account and user to install the app as.</p>
<form method="post" action="/oauth/authorize">
${hidden("client_id", request.client.clientId)}${hidden("redirect_uri", request.redirectUri)}${hidden("scope", request.scopes.join(" "))}${hidden("optional_scope", request.optionalScopes.join(" ") || null)}${hidden("state", request.state)}
<fieldset><legend>Choose an account and user</legend>
${accountChoices(portals, preselect)}
</fieldset>
${scopeList(request)}
<div class="actions"><button type="submit" name="action" value="grant">Grant access</button>
<button type="submit" name="action" value="cancel" formnovalidate>Cancel</button></div>
</form>`,
  );
}

export function errorPage(problem: string): string {
  return layout("Authorization error", `<h1>Authorization error</h1><p class="error" role="alert">${escapeHtml(problem)}</p>`);
}

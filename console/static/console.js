// Stödchatten console: live updates over server-sent events.
// All conversation text is inserted with textContent, never as HTML.
"use strict";

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function csrf() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.getAttribute("content") : "";
}

function listen(url, event, onData) {
  const source = new EventSource(url);
  source.addEventListener(event, (e) => onData(JSON.parse(e.data)));
  source.addEventListener("expired", () => { source.close(); window.location.assign("/login"); });
  return source;
}

function queueTable(rows, emptyText) {
  const table = el("table", "queue");
  const head = el("tr");
  ["Väntat", "Flaggor", "Ålder", "Språk", "Ämnen", ""].forEach((h) => head.appendChild(el("th", "", h)));
  table.appendChild(el("thead")).appendChild(head);
  const body = table.appendChild(el("tbody"));
  if (!rows.length) {
    const tr = body.appendChild(el("tr", "empty"));
    const td = tr.appendChild(el("td", "", emptyText));
    td.colSpan = 6;
  }
  rows.forEach((row) => {
    const tr = body.appendChild(el("tr", "kind-" + row.kind));
    tr.dataset.case = String(row.case_id);
    tr.appendChild(el("td", "", Math.floor(row.waiting_seconds / 60) + " min"));
    tr.appendChild(el("td", "", row.flags.join(", ")));
    tr.appendChild(el("td", "", row.age === null ? "–" : row.age));
    tr.appendChild(el("td", "", row.language));
    tr.appendChild(el("td", "", row.topics.join(", ") || "–"));
    const link = el("a", "", "Öppna");
    link.href = "/cases/" + encodeURIComponent(row.case_id);
    tr.appendChild(el("td")).appendChild(link);
  });
  return table;
}

function startQueue() {
  listen("/queue/stream", "queue", (data) => {
    if (data.error) return;
    document.getElementById("waiting").replaceChildren(queueTable(data.waiting, "Ingen väntar just nu."));
    document.getElementById("mine").replaceChildren(queueTable(data.mine, "Du har inga öppna samtal."));
  });
}

function startConversation() {
  const root = document.getElementById("conversation");
  const caseId = root.dataset.case;
  // a form of this page on its way (take over, hand back, close): its own answer page will show
  // the new state and its confirmation; a reload now would race it and lose the confirmation
  let submitting = false;
  root.addEventListener("submit", (event) => { if (!event.defaultPrevented) submitting = true; });
  listen("/cases/" + encodeURIComponent(caseId) + "/stream", "conversation", (data) => {
    if (data.error) return;
    const list = document.getElementById("transcript");
    list.replaceChildren(...data.transcript.map((line) => {
      const li = el("li", "from-" + line.who);
      li.appendChild(el("span", "who", line.who));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "text", line.text));
      return li;
    }));
    const owner = document.getElementById("owner");
    owner.textContent = data.owner ? "Ägs av " + data.owner + "." : "Ingen har tagit över ännu.";
    // someone took over or the case was closed elsewhere: reload for the right buttons
    if ((data.owner || "") !== root.dataset.owner && !submitting) window.location.reload();
  });
  const form = document.getElementById("send");
  let typingTimer = null;
  let typingShown = false;
  function typing(value) {
    if (typingShown === value) return;
    typingShown = value;
    fetch("/cases/" + encodeURIComponent(caseId) + "/typing", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": csrf() },
      body: JSON.stringify({ value }),
      credentials: "same-origin",
    }).catch(() => {});
  }
  if (form) {
    form.elements.text.addEventListener("input", () => {
      typing(true);
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => typing(false), 3000);
    });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const text = form.elements.text.value;
      const answer = await fetch(form.action, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": csrf() },
        body: JSON.stringify({ text }),
        credentials: "same-origin",
      });
      const body = await answer.json().catch(() => ({}));
      if (answer.ok) { form.elements.text.value = ""; clearTimeout(typingTimer); typingShown = false; }
      else { window.alert(body.error || "Meddelandet kunde inte skickas."); }
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const page = document.body.dataset.page;
  if (page === "queue") startQueue();
  if (page === "conversation") startConversation();
});

/*
 * Stödchatten web chat widget. Plain modern JavaScript, no framework, no build step.
 *
 * Embed with one tag:  <script src="https://CHAT-HOST/webhooks/webchat/widget.js" defer></script>
 * The standalone page /webhooks/webchat/ mounts it into <main id="stod-chat">.
 *
 * Safety rules kept here: every text is rendered with textContent (never innerHTML); links only
 * to configured domains; no cookies, no localStorage; the conversation token lives in
 * sessionStorage (or memory only); quick exit (button, Escape) clears the page and storage and
 * replaces the location so Back does not return.
 */
(function () {
  "use strict";

  // The server fills this in when it serves the file (channel/webchat.py).
  const SERVER_CONFIG = /*STOD_CONFIG*/null;
  const CONFIG = Object.assign({
    exitUrl: "https://www.google.se/",
    title: "Chatt",
    linkDomains: [],
    tokenStorage: "session",
    language: "sv",
    maxChars: 4000,
    socketPath: "/webhooks/webchat/socket.io",
  }, SERVER_CONFIG || {});

  const SCRIPT = document.currentScript;
  const BASE = new URL(".", SCRIPT && SCRIPT.src ? SCRIPT.src : location.href);
  const STORAGE_KEY = "stod.webchat";

  const LABELS = {
    sv: {
      exit: "Lämna sidan",
      exitHint: "Tryck Esc för att lämna snabbt.",
      tipSummary: "Tips: rensa historiken",
      tip: "Knappen tar bort chatten från sidan, men webbläsarens historik kan visa att du har varit här. Rensa historiken efteråt (på dator oftast Ctrl+Shift+Delete, på mobilen i webbläsarens inställningar), eller använd ett privat fönster.",
      language: "English",
      languageLabel: "Switch to English",
      remove: "Radera samtalet",
      log: "Samtalet",
      you: "Du",
      bot: "Chattboten",
      counsellor: "Stödperson",
      note: "Meddelande",
      inputLabel: "Skriv ditt meddelande",
      send: "Skicka",
      connecting: "Ansluter…",
      connected: "Ansluten",
      offline: "Anslutningen bröts. Försöker igen… Det du skriver skickas när anslutningen är tillbaka.",
      botTyping: "Chattboten skriver…",
      counsellorTyping: "Stödpersonen skriver…",
      joined: "En stödperson har anslutit till chatten.",
      left: "Stödpersonen har lämnat. Du chattar med chattboten igen.",
      closed: "Stödpersonen har avslutat samtalet.",
      confirmTitle: "Radera samtalet?",
      confirmText: "Det du har skrivit här tas bort från vår server och går inte att få tillbaka.",
      confirmYes: "Ja, radera",
      confirmNo: "Avbryt",
      deleted: "Samtalet är raderat. Ett nytt, tomt samtal har börjat.",
      keptEmergency: "Samtalet kan inte raderas just nu. Du har berättat om fara, och då finns ett öppet ärende: en stödperson behöver kunna läsa samtalet för att kunna hjälpa dig. Är du i fara, ring 112.",
      keptReport: "Samtalet kan inte raderas just nu. Det finns ett öppet ärende om en orosanmälan till socialtjänsten, och då måste det som har skrivits finnas kvar tills ärendet är klart.",
      errors: {
        session_invalid: "Det tidigare samtalet kunde inte öppnas. Ett nytt samtal har börjat.",
        session_expired: "Det tidigare samtalet har gått ut. Ett nytt samtal har börjat.",
        too_long: "Meddelandet är för långt. Dela upp det i flera meddelanden.",
        empty: "Meddelandet är tomt.",
        malformed: "Meddelandet kunde inte skickas.",
        rate_limited: "Du skickar många meddelanden på kort tid. Vänta en liten stund och försök igen.",
        unknown_button: "Det valet finns inte längre. Skriv gärna i stället.",
        delete_failed: "Samtalet kunde inte raderas just nu. Försök igen om en stund.",
        no_session: "Anslutningen är inte klar än. Försök igen om en stund.",
        unavailable: "Något gick fel hos oss och chatten kunde inte svara. Försök igen om en stund. Är du i fara just nu, ring 112.",
      },
      gap: "Några äldre meddelanden kunde inte visas.",
      tooLong: (n) => `Högst ${n} tecken.`,
    },
    en: {
      exit: "Leave page",
      exitHint: "Press Esc to leave quickly.",
      tipSummary: "Tip: clear your history",
      tip: "The button removes the chat from the page, but your browser history can show that you were here. Clear the history afterwards (on a computer usually Ctrl+Shift+Delete, on a phone in the browser settings), or use a private window.",
      language: "Svenska",
      languageLabel: "Byt till svenska",
      remove: "Delete conversation",
      log: "Conversation",
      you: "You",
      bot: "Chatbot",
      counsellor: "Counsellor",
      note: "Notice",
      inputLabel: "Write your message",
      send: "Send",
      connecting: "Connecting…",
      connected: "Connected",
      offline: "The connection was lost. Trying again… What you write is sent when the connection is back.",
      botTyping: "The chatbot is typing…",
      counsellorTyping: "The counsellor is typing…",
      joined: "A counsellor has joined the chat.",
      left: "The counsellor has left. You are chatting with the chatbot again.",
      closed: "The counsellor has closed the conversation.",
      confirmTitle: "Delete the conversation?",
      confirmText: "What you have written here is removed from our server and cannot be brought back.",
      confirmYes: "Yes, delete",
      confirmNo: "Cancel",
      deleted: "The conversation is deleted. A new, empty conversation has started.",
      keptEmergency: "The conversation cannot be deleted right now. You told us about danger, so there is an open case: a counsellor needs to be able to read the conversation to help you. If you are in danger, call 112.",
      keptReport: "The conversation cannot be deleted right now. There is an open case about a report of concern to social services, and what was written must be kept until that case is done.",
      errors: {
        session_invalid: "The earlier conversation could not be opened. A new conversation has started.",
        session_expired: "The earlier conversation has expired. A new conversation has started.",
        too_long: "The message is too long. Please split it into several messages.",
        empty: "The message is empty.",
        malformed: "The message could not be sent.",
        rate_limited: "You are sending many messages in a short time. Wait a moment and try again.",
        unknown_button: "That choice is no longer available. Please write instead.",
        delete_failed: "The conversation could not be deleted right now. Please try again shortly.",
        no_session: "The connection is not ready yet. Please try again shortly.",
        unavailable: "Something went wrong on our side and the chat could not answer. Please try again shortly. If you are in danger right now, call 112.",
      },
      gap: "Some earlier messages could not be shown.",
      tooLong: (n) => `At most ${n} characters.`,
    },
  };

  // ---- storage: sessionStorage or memory only; never cookies or localStorage ----------------
  const memory = {};
  const store = {
    read() {
      if (CONFIG.tokenStorage !== "session") return Object.assign({}, memory);
      try { return JSON.parse(sessionStorage.getItem(STORAGE_KEY) || "{}") || {}; } catch (e) { return {}; }
    },
    write(values) {
      const next = Object.assign(this.read(), values);
      if (CONFIG.tokenStorage !== "session") { Object.assign(memory, next); return; }
      try { sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next)); } catch (e) { Object.assign(memory, next); }
    },
    clear() {
      for (const key of Object.keys(memory)) delete memory[key];
      try { sessionStorage.clear(); } catch (e) { /* storage blocked */ }
    },
  };

  // ---- small DOM helpers (text only) ---------------------------------------------------------
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else node.setAttribute(key, value);
    }
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function allowedLink(url) {
    let parsed;
    try { parsed = new URL(url); } catch (e) { return null; }
    if (parsed.protocol !== "https:") return null;
    const host = parsed.hostname.toLowerCase();
    const ok = CONFIG.linkDomains.some((d) => host === d || host.endsWith("." + d));
    return ok ? parsed.href : null;
  }

  const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

  // Text with links to safe domains as <a>; everything else stays text.
  function renderText(container, text) {
    let last = 0;
    for (const match of text.matchAll(URL_PATTERN)) {
      const href = allowedLink(match[0]);
      if (!href) continue;
      container.appendChild(document.createTextNode(text.slice(last, match.index)));
      const link = el("a", { href, target: "_blank", rel: "noopener noreferrer" }, match[0]);
      container.appendChild(link);
      last = match.index + match[0].length;
    }
    container.appendChild(document.createTextNode(text.slice(last)));
  }

  function loadSocketIo() {
    if (window.io) return Promise.resolve(window.io);
    return new Promise((resolve, reject) => {
      const tag = el("script", { src: new URL("vendor/socket.io.min.js", BASE).href });
      tag.onload = () => resolve(window.io);
      tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }

  function ensureStylesheet() {
    if (document.querySelector('link[href$="/webhooks/webchat/widget.css"]')) return;
    document.head.appendChild(el("link", { rel: "stylesheet", href: new URL("widget.css", BASE).href }));
  }

  // ---- the widget ----------------------------------------------------------------------------
  class Widget {
    constructor(mount, embedded) {
      this.mount = mount;
      this.embedded = embedded;
      const saved = store.read();
      this.lang = saved.lang === "en" || saved.lang === "sv" ? saved.lang : CONFIG.language;
      this.lastId = Number.isInteger(saved.lastId) ? saved.lastId : 0;
      this.pending = [];      // user messages not yet acknowledged by the server
      this.ready = false;     // session confirmed on the current socket
      this.ackTimer = null;
      this.exited = false;
      this.build();
      this.applyLabels();
      this.onKey = (event) => {
        if (event.key === "Escape" || event.key === "Esc") { event.preventDefault(); this.quickExit(); }
      };
      document.addEventListener("keydown", this.onKey, true);
    }

    get t() { return LABELS[this.lang]; }

    build() {
      const id = (name) => `stod-${name}`;
      this.root = el("div", { class: "stod" + (this.embedded ? " stod--embedded" : ""), lang: this.lang });
      const bar = el("div", { class: "stod-bar" });
      this.exitButton = el("button", { type: "button", class: "stod-exit" });
      this.exitButton.addEventListener("click", () => this.quickExit());
      this.titleNode = el("h1", { class: "stod-title" }, CONFIG.title);
      const tools = el("div", { class: "stod-tools" });
      this.langButton = el("button", { type: "button", class: "stod-tool stod-lang" });
      this.langButton.addEventListener("click", () => this.switchLanguage());
      this.deleteButton = el("button", { type: "button", class: "stod-tool stod-delete" });
      this.deleteButton.addEventListener("click", () => this.confirmDelete());
      tools.append(this.langButton, this.deleteButton);
      bar.append(this.exitButton, this.titleNode, tools);

      this.hint = el("p", { class: "stod-hint" });
      this.tip = el("details", { class: "stod-tip" });
      this.tipSummary = el("summary");
      this.tipText = el("p");
      this.tip.append(this.tipSummary, this.tipText);

      this.status = el("p", { class: "stod-status", role: "status" });
      this.log = el("ol", { class: "stod-log", "aria-live": "polite", "aria-relevant": "additions", tabindex: "0", id: id("log") });
      this.typing = el("p", { class: "stod-typing", "aria-live": "polite" });
      this.alert = el("p", { class: "stod-alert", role: "alert" });

      this.form = el("form", { class: "stod-form", novalidate: "" });
      this.inputLabel = el("label", { for: id("input"), class: "stod-label" });
      this.input = el("textarea", { id: id("input"), rows: "2", maxlength: String(CONFIG.maxChars), autocomplete: "off", "aria-describedby": id("counter") });
      this.counter = el("span", { id: id("counter"), class: "stod-counter" });
      this.sendButton = el("button", { type: "submit", class: "stod-send" });
      this.form.append(this.inputLabel, this.input, this.sendButton, this.counter);
      this.form.addEventListener("submit", (event) => { event.preventDefault(); this.sendTyped(); });
      this.input.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); this.sendTyped(); }
      });

      this.dialog = el("dialog", { class: "stod-dialog", "aria-labelledby": id("confirm-title"), "aria-describedby": id("confirm-text") });
      this.dialogTitle = el("h2", { id: id("confirm-title") });
      this.dialogText = el("p", { id: id("confirm-text") });
      this.confirmYes = el("button", { type: "button", class: "stod-danger" });
      this.confirmNo = el("button", { type: "button", class: "stod-tool" });
      this.confirmYes.addEventListener("click", () => { this.dialog.close(); this.deleteConversation(); });
      this.confirmNo.addEventListener("click", () => this.dialog.close());
      const actions = el("div", { class: "stod-dialog-actions" });
      actions.append(this.confirmNo, this.confirmYes);
      this.dialog.append(this.dialogTitle, this.dialogText, actions);

      this.root.append(bar, this.hint, this.tip, this.status, this.log, this.typing, this.alert, this.form, this.dialog);
      this.mount.appendChild(this.root);
    }

    applyLabels() {
      const t = this.t;
      this.root.setAttribute("lang", this.lang);
      if (!this.embedded) document.documentElement.setAttribute("lang", this.lang);
      this.exitButton.textContent = t.exit;
      this.hint.textContent = t.exitHint;
      this.tipSummary.textContent = t.tipSummary;
      this.tipText.textContent = t.tip;
      this.langButton.textContent = t.language;
      this.langButton.setAttribute("lang", this.lang === "sv" ? "en" : "sv");
      this.langButton.setAttribute("aria-label", t.languageLabel);
      this.deleteButton.textContent = t.remove;
      this.log.setAttribute("aria-label", t.log);
      this.inputLabel.textContent = t.inputLabel;
      this.sendButton.textContent = t.send;
      this.counter.textContent = t.tooLong(CONFIG.maxChars);
      this.dialogTitle.textContent = t.confirmTitle;
      this.dialogText.textContent = t.confirmText;
      this.confirmYes.textContent = t.confirmYes;
      this.confirmNo.textContent = t.confirmNo;
      this.setStatus(this.ready ? "connected" : "connecting");
    }

    setStatus(key) {
      this.statusKey = key;
      this.status.textContent = this.t[key] || "";
      this.status.dataset.state = key;
    }

    showAlert(text) {
      this.alert.textContent = text;
    }

    // ---- connection ----
    connect(io) {
      this.socket = io(BASE.origin, {
        path: CONFIG.socketPath,
        withCredentials: false,
        reconnectionDelay: 500,
        reconnectionDelayMax: 5000,
      });
      this.socket.on("connect", () => this.requestSession());
      this.socket.on("disconnect", (reason) => {
        this.ready = false;
        if (this.exited) return;
        this.setStatus("offline");
        // a server-side disconnect is not retried by socket.io itself
        if (reason === "io server disconnect") setTimeout(() => !this.exited && this.socket.connect(), 1000);
      });
      this.socket.on("session_confirm", (data) => this.onSession(data));
      this.socket.on("bot_uttered", (message) => this.onBotMessage(message));
      this.socket.on("typing", (data) => this.onTyping(data));
      this.socket.on("error_event", (data) => this.onError(data));
      this.socket.on("delete_result", (data) => this.onDeleteResult(data));
    }

    requestSession() {
      const saved = store.read();
      this.socket.emit("session_request", {
        token: saved.token || null,
        epoch: saved.epoch || null,
        last_id: this.lastId,
      });
    }

    onSession(data) {
      if (!data || typeof data.token !== "string") return;
      const saved = store.read();
      if (!data.resumed || data.epoch !== saved.epoch) this.lastId = 0;
      store.write({ token: data.token, epoch: data.epoch, lastId: this.lastId, lang: this.lang });
      this.ready = true;
      this.setStatus("connected");
      if (data.gap) this.addNote(this.t.gap);
      if (!data.resumed && this.lang !== CONFIG.language) this.emitLanguage();
      for (const item of this.pending) this.transmit(item);
    }

    onBotMessage(message) {
      if (!message || !Number.isInteger(message.id)) return;
      if (message.id <= this.lastId) { this.scheduleAck(); return; }  // already shown
      this.lastId = message.id;
      store.write({ lastId: this.lastId });
      if (message.kind === "handover") {
        const key = { active: "joined", none: "left", closed: "closed" }[message.handover];
        if (key) this.addNote(this.t[key]);
        if (message.text) this.addMessage("counsellor", message.text);
      } else {
        this.addMessage(message.kind === "counsellor" ? "counsellor" : "bot", message.text || "", message.buttons || []);
      }
      this.typing.textContent = "";
      this.scheduleAck();
    }

    scheduleAck() {
      clearTimeout(this.ackTimer);
      this.ackTimer = setTimeout(() => {
        if (this.ready && this.socket) this.socket.emit("ack", { id: this.lastId });
      }, 150);
    }

    onTyping(data) {
      if (!data) return;
      if (!data.value) { this.typing.textContent = ""; return; }
      this.typing.textContent = data.from === "counsellor" ? this.t.counsellorTyping : this.t.botTyping;
    }

    onError(data) {
      const code = data && data.code;
      const text = this.t.errors[code] || this.t.errors.malformed;
      this.showAlert(text);
      if (data && data.client_id) this.pending = this.pending.filter((p) => p.client_id !== data.client_id);
    }

    onDeleteResult(data) {
      if (!data) return;
      if (data.status === "deleted") {
        this.log.textContent = "";
        this.lastId = 0;
        this.pending = [];
        store.write({ token: null, epoch: null, lastId: 0 });
        this.addNote(this.t.deleted);
      } else if (data.status === "kept") {
        this.addNote(data.reason === "emergency" ? this.t.keptEmergency : this.t.keptReport);
      }
    }

    // ---- rendering ----
    addMessage(who, text, buttons) {
      const item = el("li", { class: `stod-msg stod-msg--${who}` });
      item.appendChild(el("span", { class: "stod-sr" }, `${this.t[who]}: `));
      const body = el("p", { class: "stod-text" });
      if (who === "you") body.textContent = text;  // the person's own words: never links
      else renderText(body, text);
      item.appendChild(body);
      if (buttons && buttons.length) {
        const group = el("div", { class: "stod-buttons" });
        for (const button of buttons) {
          const node = el("button", { type: "button", class: "stod-choice" }, button.title);
          node.addEventListener("click", () => {
            for (const b of group.querySelectorAll("button")) b.disabled = true;
            node.setAttribute("aria-pressed", "true");
            this.send({ payload: button.payload }, button.title);
          });
          group.appendChild(node);
        }
        item.appendChild(group);
      }
      this.log.appendChild(item);
      this.scrollDown();
    }

    addNote(text) {
      const item = el("li", { class: "stod-msg stod-msg--note" });
      item.appendChild(el("span", { class: "stod-sr" }, `${this.t.note}: `));
      item.appendChild(el("p", { class: "stod-text" }, text));
      this.log.appendChild(item);
      this.scrollDown();
    }

    scrollDown() {
      this.log.scrollTop = this.log.scrollHeight;
    }

    // ---- sending ----
    sendTyped() {
      const text = this.input.value;
      if (!text.trim()) return;
      if (text.length > CONFIG.maxChars) { this.showAlert(this.t.errors.too_long); return; }
      this.input.value = "";
      this.send({ text }, text);
    }

    send(fields, shown) {
      this.showAlert("");
      const item = Object.assign({ client_id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}` }, fields);
      this.pending.push(item);
      this.addMessage("you", shown, []);
      if (this.ready) this.transmit(item);
    }

    transmit(item) {
      this.socket.timeout(60000).emit("user_message", item, (err, result) => {
        if (err) return;  // no answer: sent again after the next session_confirm
        this.pending = this.pending.filter((p) => p.client_id !== item.client_id);
        if (result && result.ok === false && !this.t.errors[result.error]) this.showAlert(this.t.errors.malformed);
      });
    }

    switchLanguage() {
      this.lang = this.lang === "sv" ? "en" : "sv";
      store.write({ lang: this.lang });
      this.applyLabels();
      if (this.ready) this.emitLanguage();
    }

    emitLanguage() {
      this.socket.emit("set_language", { language: this.lang });
    }

    confirmDelete() {
      if (typeof this.dialog.showModal === "function") this.dialog.showModal();
      else if (window.confirm(this.t.confirmTitle)) this.deleteConversation();
    }

    deleteConversation() {
      if (this.ready) this.socket.emit("delete_conversation", {});
      else this.showAlert(this.t.errors.no_session);
    }

    // ---- quick exit ----
    quickExit() {
      if (this.exited) return;
      this.exited = true;
      try { if (this.socket) { this.socket.io.opts.reconnection = false; this.socket.disconnect(); } } catch (e) { /* leaving anyway */ }
      store.clear();
      this.root.remove();
      document.title = "";
      if (!this.embedded) document.body.textContent = "";
      location.replace(CONFIG.exitUrl);
    }
  }

  function start() {
    let mount = document.getElementById("stod-chat");
    const embedded = !mount;
    if (embedded) {
      ensureStylesheet();
      mount = el("div", { id: "stod-chat", class: "stod-embed" });
      document.body.appendChild(mount);
    }
    const widget = new Widget(mount, embedded);
    loadSocketIo().then((io) => widget.connect(io)).catch(() => widget.setStatus("offline"));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

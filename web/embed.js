/*
 * career-bot chat widget. Put these two lines on any page whose origin is listed in WEBCHAT_ALLOWED_ORIGINS:
 *   <div id="career-bot-chat"></div>
 *   <script src="https://<bot host>/embed.js" defer></script>
 * Adds a chat button; the Web Chat bundle (served by the bot, never a CDN) is loaded on first open.
 * Options on the div: data-open="true" opens the chat at once.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.CareerBotChat) return;
  var base = new URL('.', script.src).href;
  var LABELS = {
    de: {
      open: 'Chat öffnen',
      button: 'Frag den Bot',
      close: 'Chat schließen',
      title: 'Chat: ',
      loading: 'Der Chat wird geladen …',
      failed: 'Der Chat ist gerade nicht erreichbar. Bitte versuche es gleich noch einmal.',
      retry: 'Erneut versuchen',
      // The visitor's own avatar: "Ich" fits visitors addressed with "du" and with "Sie".
      you: 'Ich',
    },
    // For a site that addresses its visitors with "Sie" (DEFAULT_ADDRESS=formal): what differs from de.
    de_formal: {
      button: 'Fragen Sie den Bot',
      failed: 'Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
    },
    en: {
      open: 'Open chat',
      button: 'Ask the bot',
      close: 'Close chat',
      title: 'Chat: ',
      loading: 'Loading the chat …',
      failed: 'The chat cannot be reached right now. Please try again in a moment.',
      retry: 'Try again',
      you: 'You',
    },
  };

  function el(tag, className, attributes) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    return node;
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      if (window.WebChat) return resolve();
      var tag = el('script', '', { src: src, async: '' });
      tag.onload = function () {
        resolve();
      };
      tag.onerror = function () {
        reject(new Error('could not load ' + src));
      };
      document.head.appendChild(tag);
    });
  }

  function post(url) {
    return fetch(url, { method: 'POST' }).then(function (response) {
      if (!response.ok) throw new Error(url + ' answered ' + response.status);
      return response.json();
    });
  }

  function init(config) {
    var labels = Object.assign({}, LABELS[config.language] || LABELS.de, config.address === 'formal' ? LABELS[config.language + '_formal'] : undefined);
    var mount = document.getElementById('career-bot-chat');
    if (!mount) {
      mount = el('div', '', { id: 'career-bot-chat' });
      document.body.appendChild(mount);
    }
    mount.classList.add('cb-root');
    mount.style.setProperty('--cb-accent', config.accentColor);

    var bubble = el('button', 'cb-bubble', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'cb-panel', 'aria-label': labels.open });
    bubble.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16v11H9l-5 4V4z"/></svg>';
    bubble.appendChild(document.createTextNode(labels.button));
    var panel = el('section', 'cb-panel', { id: 'cb-panel', role: 'dialog', 'aria-labelledby': 'cb-title', lang: config.language });
    panel.hidden = true;
    var header = el('div', 'cb-header');
    var title = el('h2', '', { id: 'cb-title' });
    title.textContent = labels.title + config.botName;
    var close = el('button', 'cb-close', { type: 'button', 'aria-label': labels.close });
    close.textContent = '×';
    var body = el('div', 'cb-body');
    header.appendChild(title);
    header.appendChild(close);
    panel.appendChild(header);
    panel.appendChild(body);
    mount.appendChild(panel);
    mount.appendChild(bubble);

    var started = false;

    function status(text, retry) {
      body.textContent = '';
      var box = el('div', 'cb-status', { role: 'status' });
      box.appendChild(document.createTextNode(text));
      if (retry) {
        var again = el('button', '', { type: 'button' });
        again.textContent = labels.retry;
        again.addEventListener('click', start);
        box.appendChild(el('br'));
        box.appendChild(again);
      }
      body.appendChild(box);
    }

    function start() {
      started = true;
      status(labels.loading);
      Promise.all([loadScript(base + 'webchat/webchat.js'), post(base + 'api/webchat/token')])
        .then(function (results) {
          var grant = results[1];
          body.textContent = '';
          // Built-in Direct Line (no domain in the answer) is this server; with Azure, Azure's endpoint.
          var directLine = window.WebChat.createDirectLine({
            token: grant.token,
            domain: grant.domain || base + 'v3/directline',
            webSocket: true,
          });
          window.WebChat.renderWebChat(
            {
              // No userID: the server binds the user to the token (Web Chat reserves dl_ ids for that).
              directLine: directLine,
              locale: config.locale,
              styleOptions: {
                accent: config.accentColor,
                botAvatarInitials: config.botInitials,
                botAvatarBackgroundColor: config.accentColor,
                userAvatarInitials: labels.you,
                bubbleFromUserBackground: config.accentColor,
                bubbleFromUserTextColor: '#ffffff',
                bubbleBorderRadius: 8,
                bubbleFromUserBorderRadius: 8,
                suggestedActionLayout: 'flow',
                suggestedActionBorderColor: config.accentColor,
                suggestedActionTextColor: config.accentColor,
                suggestedActionBorderRadius: 16,
                sendBoxButtonColor: config.accentColor,
                hideUploadButton: true,
                primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
              },
            },
            body,
          );
          focusSendBox();
        })
        .catch(function (error) {
          started = false;
          status(labels.failed, true);
          if (window.console) console.warn('career-bot chat:', error.message);
        });
    }

    function focusSendBox() {
      var tries = 0;
      (function attempt() {
        var input = body.querySelector('input[type="text"], textarea');
        if (input) return input.focus();
        if (++tries < 20) setTimeout(attempt, 100);
      })();
    }

    function open() {
      panel.hidden = false;
      mount.classList.add('cb-open');
      bubble.setAttribute('aria-expanded', 'true');
      if (!started) start();
      else focusSendBox();
    }

    function hide() {
      panel.hidden = true;
      mount.classList.remove('cb-open');
      bubble.setAttribute('aria-expanded', 'false');
      bubble.focus();
    }

    bubble.addEventListener('click', function () {
      if (panel.hidden) open();
      else hide();
    });
    close.addEventListener('click', hide);
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') hide();
    });
    window.CareerBotChat = { open: open, close: hide };
    if (mount.getAttribute('data-open') === 'true') open();
  }

  var css = el('link', '', { rel: 'stylesheet', href: base + 'web/widget.css' });
  document.head.appendChild(css);
  fetch(base + 'webchat/config.json')
    .then(function (response) {
      if (!response.ok) throw new Error('config answered ' + response.status);
      return response.json();
    })
    .then(function (config) {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { init(config); });
      else init(config);
    })
    .catch(function (error) {
      if (window.console) console.warn('career-bot chat unavailable:', error.message);
    });
})();

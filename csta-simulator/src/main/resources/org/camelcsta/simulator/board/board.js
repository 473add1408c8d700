// The simulator's board. Every button calls the simulator's control API, the same one tests use; the page
// follows the PBX through server-sent events. Data is only ever set as text (textContent), never as markup.
'use strict';

(() => {
  const MAX_LOG_ROWS = 200;
  const MAX_SESSIONS_LISTED = 50;
  const byId = (id) => document.getElementById(id);

  const phoneTiles = new Map(); // number -> {element, key}
  const queueTiles = new Map(); // number -> {element, key}
  let lastSeq = 0;
  let updates = 0;

  // ------------------------------------------------------------------ DOM helpers

  function element(tag, className, text) {
    const made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    if (text !== undefined) {
      made.textContent = text;
    }
    return made;
  }

  function button(label, accessibleName, action) {
    const made = element('button', null, label);
    made.type = 'button';
    made.setAttribute('aria-label', accessibleName);
    made.addEventListener('click', action);
    return made;
  }

  // ------------------------------------------------------------------ the control API

  function showError(text) {
    byId('error-text').textContent = text;
    byId('error').hidden = false;
  }

  function hideError() {
    byId('error').hidden = true;
    byId('error-text').textContent = '';
  }

  // where the simulator listens beyond this machine, its writes need the token: open the board as
  // http://host:port/#token=... (a fragment is never sent to the server, nor in a Referer)
  const token = new URLSearchParams(location.hash.slice(1)).get('token');

  /** Calls the control API; shows its error on the page. Resolves to whether it succeeded. */
  async function control(what, method, path, body) {
    hideError();
    // the control port takes writes sent as JSON only, which no page of another site can send
    const request = { method, headers: { 'Content-Type': 'application/json' } };
    if (token) {
      request.headers['Authorization'] = 'Bearer ' + token;
    }
    if (body !== undefined) {
      request.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, request);
    } catch (failure) {
      showError(what + ': the simulator cannot be reached (' + failure.message + ')');
      return false;
    }
    if (response.ok) {
      byId('notice').textContent = 'Done: ' + what + '.';
      return true;
    }
    let reason = response.status + ' ' + response.statusText;
    try {
      const answer = await response.json();
      if (answer && typeof answer.error === 'string') {
        reason = answer.error;
      }
    } catch (notJson) {
      // the status line says enough
    }
    showError(what + ': ' + reason);
    byId('notice').textContent = '';
    return false;
  }

  const devicePath = (number, action) => '/devices/' + encodeURIComponent(number) + '/' + action;

  /** Empty text is "off" (null); digits are a number; anything else goes as typed, for the simulator to refuse. */
  function count(text) {
    const trimmed = text.trim();
    if (trimmed === '') {
      return null;
    }
    return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  }

  function ring(to) {
    const body = { from: byId('ring-from').value.trim(), to };
    const name = byId('ring-name').value.trim();
    if (name !== '') {
      body.name = name;
    }
    return control('ring ' + to + ' from ' + body.from, 'POST', '/calls', body);
  }

  function doNotDisturb(number, on) {
    return control('DND ' + (on ? 'on' : 'off') + ' at ' + number, 'PUT', devicePath(number, 'dnd'), { on });
  }

  /** Signs an agent in with the desk phone (the channel that rings), or out of the queue. */
  function signIn(queue, agent, signedIn) {
    return control((signedIn ? 'sign ' + agent + ' in to ' : 'sign ' + agent + ' out of ') + queue, 'PUT',
      '/queues/' + encodeURIComponent(queue) + '/agents/' + encodeURIComponent(agent),
      signedIn ? { signedIn: true, sip: true } : { signedIn: false });
  }

  function wireForms() {
    byId('error-close').addEventListener('click', hideError);
    byId('ring-form').addEventListener('submit', (event) => {
      event.preventDefault();
      ring(byId('ring-to').value.trim());
    });
    byId('auto-answer-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const device = byId('auto-answer-device').value.trim();
      control('auto-answer at ' + device, 'PUT', devicePath(device, 'auto-answer'),
        { delayMs: count(byId('auto-answer-delay').value) });
    });
    byId('forwarding-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const device = byId('forwarding-device').value.trim();
      const target = byId('forwarding-target').value.trim();
      const body = { type: byId('forwarding-type').value, target: target === '' ? null : target };
      const seconds = count(byId('forwarding-seconds').value);
      if (seconds !== null) {
        body.ringDurationSeconds = seconds;
      }
      control('forwarding at ' + device, 'PUT', devicePath(device, 'forwarding'), body);
    });
    byId('agent-form').addEventListener('submit', (event) => {
      event.preventDefault();
      signIn(byId('agent-queue').value.trim(), byId('agent-device').value.trim(), true);
    });
    byId('delay-form').addEventListener('submit', (event) => {
      event.preventDefault();
      control('response delay', 'PUT', '/faults/response-delay', { delayMs: count(byId('response-delay').value) });
    });
    byId('fault-drop').addEventListener('click', () => control('drop connections', 'POST', '/faults/drop-connections'));
    byId('fault-malformed').addEventListener('click',
      () => control('malformed frame', 'POST', '/faults/malformed-frame'));
    byId('fault-stop').addEventListener('click',
      () => control('stop responding', 'PUT', '/faults/stop-responding', { on: true }));
    byId('fault-resume').addEventListener('click',
      () => control('respond again', 'PUT', '/faults/stop-responding', { on: false }));
    byId('busy-only').addEventListener('change',
      (event) => byId('phones').classList.toggle('busy-only', event.target.checked));
    byId('log-session').addEventListener('change', filterLog);
    byId('log-clear').addEventListener('click', () => byId('log').replaceChildren());
    byId('log-limit').textContent = String(MAX_LOG_ROWS);
  }

  // ------------------------------------------------------------------ phones

  function legText(leg) {
    const peers = leg.peers.length ? ' with ' + leg.peers.join(', ') : '';
    return leg.state + peers + ' \u00B7 callID ' + leg.callId;
  }

  function forwardingText(rule) {
    if (rule.type === 'forwardImmediate') {
      return 'forwarded to ' + rule.target;
    }
    if (rule.type === 'forwardNoAns') {
      return 'to ' + rule.target + ' after ' + rule.ringDurationSeconds + ' s';
    }
    return rule.type + ' to ' + rule.target;
  }

  function badges(phone) {
    const list = element('p', 'badges');
    if (phone.doNotDisturb) {
      list.append(element('span', 'badge dnd', 'DND on'));
    }
    phone.forwarding.forEach((rule) => list.append(element('span', 'badge forwarded', forwardingText(rule))));
    return list;
  }

  function legList(legs) {
    const list = element('ul', 'legs');
    legs.forEach((leg) => list.append(element('li', null, legText(leg))));
    return list;
  }

  function phoneTile(phone, withButtons) {
    const tile = element('li', 'phone');
    tile.dataset.state = phone.state;
    tile.dataset.number = phone.number;
    tile.dataset.dnd = String(phone.doNotDisturb);
    tile.dataset.forwarded = String(phone.forwarding.length > 0);
    const head = element('div', 'head');
    head.append(element('h3', null, phone.number), element('p', 'state', phone.state));
    tile.append(head, badges(phone), legList(phone.legs));
    const states = new Set(phone.legs.map((leg) => leg.state));
    const number = phone.number;
    const buttons = element('div', 'buttons');
    if (withButtons) {
      buttons.append(button('Ring', 'Ring ' + number, () => ring(number)));
      const dnd = phone.doNotDisturb ? 'DND off' : 'DND on';
      buttons.append(button(dnd, dnd + ' ' + number, () => doNotDisturb(number, !phone.doNotDisturb)));
    }
    if (states.has('ringing')) {
      buttons.append(button('Answer', 'Answer ' + number,
        () => control('answer at ' + number, 'POST', devicePath(number, 'answer'))));
    }
    if (states.has('talking') || states.has('calling')) {
      buttons.append(button('Hold', 'Hold ' + number,
        () => control('hold at ' + number, 'POST', devicePath(number, 'hold'))));
    }
    if (states.has('held')) {
      buttons.append(button('Retrieve', 'Retrieve ' + number,
        () => control('retrieve at ' + number, 'POST', devicePath(number, 'retrieve'))));
    }
    if (phone.legs.length) {
      buttons.append(button('Hang up', 'Hang up ' + number,
        () => control('hang up at ' + number, 'POST', devicePath(number, 'hangup'))));
    }
    tile.append(buttons);
    return tile;
  }

  /**
   * Shows the tiles of a list, replacing only those that changed, and gives the focus back to the same button
   * where it was in one.
   */
  function showTiles(list, shownTiles, items, makeTile) {
    if (items.length !== shownTiles.size || items.some((item) => !shownTiles.has(item.number))) {
      shownTiles.clear();
      list.replaceChildren();
    }
    items.forEach((item) => {
      const key = JSON.stringify(item);
      const shown = shownTiles.get(item.number);
      if (shown && shown.key === key) {
        return;
      }
      const tile = makeTile(item);
      if (shown) {
        const focused = shown.element.contains(document.activeElement)
          ? document.activeElement.getAttribute('aria-label') : null;
        shown.element.replaceWith(tile);
        const again = focused && [...tile.querySelectorAll('button')]
          .find((candidate) => candidate.getAttribute('aria-label') === focused);
        if (again) {
          again.focus();
        } else if (focused) {
          tile.querySelector('button').focus();
        }
      } else {
        list.append(tile);
      }
      shownTiles.set(item.number, { element: tile, key });
    });
  }

  // ------------------------------------------------------------------ queues

  function agentText(agent) {
    if (!agent.signedIn) {
      return agent.device + ' \u00B7 signed out';
    }
    const channels = [agent.sip && 'desk phone', agent.mobile && 'mobile', agent.skype && 'Skype']
      .filter(Boolean).join(', ');
    return agent.device + ' \u00B7 signed in (' + (channels || 'no channel') + ') \u00B7 answered '
      + agent.answeredCalls + ', missed ' + agent.missedCalls;
  }

  function agentRow(queue, agent) {
    const row = element('li', 'agent', agentText(agent));
    row.dataset.agent = agent.device;
    row.dataset.signedIn = String(agent.signedIn);
    row.append(agent.signedIn
      ? button('Sign out', 'Sign ' + agent.device + ' out of ' + queue, () => signIn(queue, agent.device, false))
      : button('Sign in', 'Sign ' + agent.device + ' in to ' + queue, () => signIn(queue, agent.device, true)));
    return row;
  }

  function queueTile(queue) {
    const tile = element('li', 'queue');
    tile.dataset.number = queue.number;
    tile.dataset.state = queue.state;
    tile.dataset.waiting = String(queue.waitingCalls);
    const head = element('div', 'head');
    head.append(element('h3', null, queue.number), element('p', 'name', queue.name));
    const stats = element('p', 'stats', 'waiting ' + queue.waitingCalls + ' \u00B7 in service ' + queue.servicingCalls
      + ' \u00B7 calls ' + queue.totalCalls + ' \u00B7 answered ' + queue.answeredCalls + ' \u00B7 missed '
      + queue.missedCalls);
    const agents = element('ul', 'agents');
    agents.setAttribute('aria-label', 'Agents of ' + queue.number);
    queue.agents.forEach((agent) => agents.append(agentRow(queue.number, agent)));
    if (queue.agentsHidden > 0) {
      agents.append(element('li', 'hint', 'and ' + queue.agentsHidden + ' more'));
    }
    if (queue.agents.length === 0) {
      agents.append(element('li', 'hint', 'No agent yet.'));
    }
    const buttons = element('div', 'buttons');
    buttons.append(button('Ring', 'Ring ' + queue.number, () => ring(queue.number)));
    tile.append(head, stats, legList(queue.legs), agents, buttons);
    return tile;
  }

  function showState(state) {
    showTiles(byId('phones'), phoneTiles, state.devices, (phone) => phoneTile(phone, true));
    showTiles(byId('queues'), queueTiles, state.queues, queueTile);
    byId('queues-section').hidden = state.queues.length === 0;
    byId('queues-truncated').hidden = !state.queuesTruncated;
    byId('phones-truncated').hidden = !state.devicesTruncated;
    byId('externals').replaceChildren(...state.externals.map((party) => phoneTile(party, false)));
    byId('externals-empty').hidden = state.externals.length > 0;
    byId('summary').textContent = state.calls + (state.calls === 1 ? ' call' : ' calls') + ' \u00B7 '
      + state.sessions + (state.sessions === 1 ? ' client session' : ' client sessions');
  }

  // ------------------------------------------------------------------ the log

  function rememberSession(session) {
    const select = byId('log-session');
    if ([...select.options].some((option) => option.value === session)) {
      return;
    }
    select.append(new Option(session, session));
    while (select.options.length > MAX_SESSIONS_LISTED + 1) {
      const oldest = select.options[1];
      if (oldest.selected) {
        break;
      }
      oldest.remove();
    }
  }

  function logRow(line) {
    const row = element('li', line.direction);
    row.dataset.session = line.session;
    const arrow = line.direction === 'received' ? '\u2192 received' : '\u2190 sent';
    row.append(element('span', 'meta', line.time + ' ' + line.session + ' '), element('span', 'dir', arrow + ' '),
      element('span', 'name', line.name), element('span', 'summary', ' ' + line.summary));
    return row;
  }

  function showLog(batch) {
    const lines = batch.lines.filter((line) => line.seq > lastSeq);
    if (lines.length === 0 && batch.lines.length > 0) {
      // every line is older than the page's: the simulator restarted
      lastSeq = 0;
      byId('log').replaceChildren();
      showLog(batch);
      return;
    }
    const log = byId('log');
    const rows = [];
    if (batch.skipped > 0) {
      rows.push(element('li', 'gap', batch.skipped + ' lines were skipped while the page was behind'));
    }
    lines.slice(-MAX_LOG_ROWS).forEach((line) => {
      rememberSession(line.session);
      rows.push(logRow(line));
    });
    if (lines.length) {
      lastSeq = lines[lines.length - 1].seq;
    }
    rows.reverse();
    log.prepend(...rows);
    while (log.childElementCount > MAX_LOG_ROWS) {
      log.lastElementChild.remove();
    }
    filterLog();
  }

  function filterLog() {
    const session = byId('log-session').value;
    for (const row of byId('log').children) {
      row.classList.toggle('filtered', session !== '' && row.dataset.session !== undefined
        && row.dataset.session !== session);
    }
  }

  // ------------------------------------------------------------------ the feed

  function setLive(live, text) {
    const status = byId('feed-status');
    status.dataset.live = String(live);
    status.textContent = text;
  }

  function counted(handler) {
    return (event) => {
      handler(JSON.parse(event.data));
      updates += 1;
      document.body.dataset.updates = String(updates);
    };
  }

  function follow() {
    const feed = new EventSource('/board/events');
    feed.addEventListener('open', () => setLive(true, 'live'));
    feed.addEventListener('error', () => setLive(false, 'reconnecting\u2026'));
    feed.addEventListener('state', counted(showState));
    feed.addEventListener('log', counted(showLog));
  }

  wireForms();
  follow();
})();

// Demo portal, part 5: the transfer picker (VOX view.js selectTransferTarget, bitrix24-protocol.md §1.4).
// "used" (the worker issued a CallCard* command): payload {phoneNumber, target} where target is the
// user id as a JSON number (no phone fields), the id as a string ("internal call") or a phone string.
// Not used: the default selector with {type: 'user'|'pstn'|'queue', target}, queues included.
// Departments are listed but selecting one does nothing, as documented.
(function () {
  'use strict';
  const lib = window.DemoPortalLib;
  const el = lib.el;
  const dir = lib.directory;

  let open = false;
  let menuFor = null; // employee id whose phone menu is shown
  let filter = '';

  function fire(payload) {
    const card = lib.card.current();
    card.lastTransfer = payload;
    close();
    lib.bus.emit('BackgroundCallCard::transferButtonClick', payload);
    lib.card.setUiState('transferring');
    return payload;
  }

  function canTransfer() {
    const card = lib.card.current();
    return !!card && card.uiState === 'connected';
  }

  // choice: undefined (plain click), 'internal', or one of the employee's phone numbers.
  function pickEmployee(id, choice) {
    if (!open || !canTransfer()) return null;
    const employee = dir.find(id);
    if (!employee) return null;
    const phones = dir.phonesOf(employee).map((p) => p.number);
    const card = lib.card.current();
    if (!lib.card.isUsed()) {
      if (choice !== undefined && choice !== 'internal' && phones.includes(choice))
        return fire({ type: 'pstn', target: choice });
      return fire({ type: 'user', target: employee.ID });
    }
    if (phones.length === 0) return fire({ phoneNumber: card.phoneNumber, target: employee.ID });
    if (choice === undefined) {
      menuFor = employee.ID; // the operator still has to choose internal call or a phone
      render();
      return null;
    }
    if (choice === 'internal') return fire({ phoneNumber: card.phoneNumber, target: String(employee.ID) });
    if (phones.includes(choice)) return fire({ phoneNumber: card.phoneNumber, target: choice });
    return null;
  }

  function pickQueue(id) {
    if (!open || !canTransfer() || lib.card.isUsed()) return null;
    const queue = dir.queues.find((q) => q.ID === Number(id));
    return queue ? fire({ type: 'queue', target: queue.ID }) : null;
  }

  function pickPhone(number) {
    number = String(number || '').trim();
    if (!open || !canTransfer() || !/^\+?[0-9][0-9 ()./-]{2,30}[0-9]$/.test(number)) return null;
    const card = lib.card.current();
    return fire(lib.card.isUsed() ? { phoneNumber: card.phoneNumber, target: number } : { type: 'pstn', target: number });
  }

  function openPicker() {
    if (!canTransfer()) return false;
    open = true;
    menuFor = null;
    filter = '';
    render();
    return true;
  }

  function close() {
    if (!open) return;
    open = false;
    menuFor = null;
    render();
  }

  function matches(text) {
    return !filter || text.toLowerCase().includes(filter.toLowerCase());
  }

  function employeeRow(employee) {
    const phones = dir.phonesOf(employee);
    const row = el('li', { class: 'tp-item', 'data-employee': employee.ID }, [
      el('button', { class: 'tp-pick', onclick: () => pickEmployee(employee.ID) }, [
        el('span', { class: 'tp-avatar' }, employee.NAME.charAt(0) + employee.LAST_NAME.charAt(0)),
        el('span', { class: 'tp-name' }, dir.fullName(employee)),
        el('span', { class: 'tp-pos' }, employee.WORK_POSITION
          + (employee.UF_PHONE_INNER ? ' · ext. ' + employee.UF_PHONE_INNER : '')),
        phones.length ? el('span', { class: 'tp-phones', title: 'Has phone numbers' }, '☎ ' + phones.length) : null,
      ]),
    ]);
    if (menuFor === employee.ID) {
      row.append(el('div', { class: 'tp-menu' }, [
        el('button', { onclick: () => pickEmployee(employee.ID, 'internal') }, 'Internal call'),
      ].concat(phones.map((p) => el('button', { onclick: () => pickEmployee(employee.ID, p.number) },
        p.label + ': ' + p.number)))));
    }
    return row;
  }

  function render() {
    const root = document.getElementById('transfer-root');
    root.textContent = '';
    if (!open) return;
    const used = lib.card.isUsed();
    const list = el('ul', { class: 'tp-list' });
    list.append(el('li', { class: 'tp-section' }, 'Employees'));
    dir.employees.filter((e) => matches(dir.fullName(e) + ' ' + e.WORK_POSITION)).forEach((e) => list.append(employeeRow(e)));
    list.append(el('li', { class: 'tp-section' }, 'Departments'));
    dir.departments.filter((d) => matches(d.NAME)).forEach((d) => list.append(
      el('li', { class: 'tp-item department', title: 'A department cannot be a transfer target' }, d.NAME)));
    if (!used) {
      list.append(el('li', { class: 'tp-section' }, 'Telephony queues'));
      dir.queues.filter((q) => matches(q.NAME)).forEach((q) => list.append(el('li', { class: 'tp-item' },
        el('button', { class: 'tp-pick', 'data-queue': q.ID, onclick: () => pickQueue(q.ID) }, q.NAME))));
    }
    const search = el('input', { class: 'tp-search', placeholder: 'Search employees…', value: filter,
      oninput: (e) => {
        filter = e.target.value;
        render();
        const input = document.querySelector('.tp-search');
        input.focus();
        input.setSelectionRange(filter.length, filter.length);
      } });
    const phone = el('input', { class: 'tp-phone', placeholder: 'External number, e.g. +4930 1234567' });
    root.append(el('div', { class: 'tp-overlay', onclick: (e) => { if (e.target === e.currentTarget) close(); } },
      el('div', { class: 'tp-dialog', role: 'dialog' }, [
        el('div', { class: 'tp-head' }, [el('b', {}, 'Transfer call to'),
          el('button', { class: 'cc-icon', onclick: close, title: 'Close' }, '✕')]),
        search,
        list,
        el('div', { class: 'tp-foot' }, [phone,
          el('button', { class: 'cc-btn small', onclick: () => pickPhone(phone.value) }, 'Transfer to number')]),
      ])));
  }

  lib.transfer = {
    open: openPicker, close, isOpen: () => open, pickEmployee, pickQueue, pickPhone,
    menuFor: () => menuFor,
  };
})();

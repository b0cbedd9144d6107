// Demo portal, part 3: the demo company. Field names follow user.get (UF_PHONE_INNER, WORK_PHONE,
// PERSONAL_MOBILE, PERSONAL_PHONE); employees without phone fields transfer with a numeric target.
(function () {
  'use strict';
  const lib = window.DemoPortalLib;

  const departments = [
    { ID: 1, NAME: 'Sales' },
    { ID: 2, NAME: 'Support' },
    { ID: 3, NAME: 'Отдел продаж (Москва)' },
  ];

  const employees = [
    { ID: 12, NAME: 'Анна', LAST_NAME: 'Смирнова', WORK_POSITION: 'Руководитель отдела продаж', DEPARTMENT: 3, UF_PHONE_INNER: '112' },
    { ID: 14, NAME: 'Jonas', LAST_NAME: 'Becker', WORK_POSITION: 'Sales manager', DEPARTMENT: 1, UF_PHONE_INNER: '114', WORK_PHONE: '+4930 1234 5614', PERSONAL_MOBILE: '+49 151 2345 6714' },
    { ID: 15, NAME: 'Дмитрий', LAST_NAME: 'Козлов', WORK_POSITION: 'Менеджер по работе с клиентами', DEPARTMENT: 3, UF_PHONE_INNER: '115', PERSONAL_MOBILE: '+7 916 555-01-15' },
    { ID: 17, NAME: 'Emily', LAST_NAME: 'Clarke', WORK_POSITION: 'Support engineer', DEPARTMENT: 2, UF_PHONE_INNER: '117' },
    { ID: 21, NAME: 'Ольга', LAST_NAME: 'Иванова', WORK_POSITION: 'Бухгалтер', DEPARTMENT: 3, UF_PHONE_INNER: '121', WORK_PHONE: '+7 495 123-45-21' },
    { ID: 23, NAME: 'Marco', LAST_NAME: 'Rossi', WORK_POSITION: 'Key account manager', DEPARTMENT: 1, UF_PHONE_INNER: '123', PERSONAL_PHONE: '+39 06 5555 0123' },
    { ID: 27, NAME: 'Sophie', LAST_NAME: 'Martin', WORK_POSITION: 'Head of support', DEPARTMENT: 2, UF_PHONE_INNER: '127', WORK_PHONE: '+33 1 55 55 01 27', PERSONAL_MOBILE: '+33 6 55 55 01 27' },
    { ID: 31, NAME: 'Сергей', LAST_NAME: 'Петров', WORK_POSITION: 'Инженер поддержки', DEPARTMENT: 2, UF_PHONE_INNER: '131' },
    { ID: 34, NAME: 'Lukas', LAST_NAME: 'Novák', WORK_POSITION: 'Sales assistant', DEPARTMENT: 1 },
    { ID: 38, NAME: 'Екатерина', LAST_NAME: 'Волкова', WORK_POSITION: 'Офис-менеджер', DEPARTMENT: 3, UF_PHONE_INNER: '138', PERSONAL_MOBILE: '+7 903 555-01-38' },
    { ID: 42, NAME: 'Aisha', LAST_NAME: 'Khan', WORK_POSITION: 'Customer success manager', DEPARTMENT: 2, UF_PHONE_INNER: '142' },
    { ID: 45, NAME: 'Tomás', LAST_NAME: 'García', WORK_POSITION: 'Sales manager (Spain)', DEPARTMENT: 1, UF_PHONE_INNER: '145', WORK_PHONE: '+34 91 555 0145' },
  ];

  // Telephony queues (voximplant_group): offered only on the portal's default selector path (§1.4).
  const queues = [
    { ID: 1, NAME: 'Sales queue' },
    { ID: 2, NAME: 'Support queue' },
    { ID: 3, NAME: 'Очередь: Москва' },
  ];

  const PHONE_FIELDS = [
    ['WORK_PHONE', 'Work phone'],
    ['PERSONAL_MOBILE', 'Mobile'],
    ['PERSONAL_PHONE', 'Personal phone'],
  ];

  lib.directory = {
    departments,
    employees,
    queues,
    find(id) {
      return employees.find((e) => e.ID === Number(id)) || null;
    },
    fullName(employee) {
      return employee.NAME + ' ' + employee.LAST_NAME;
    },
    // [{field, label, number}] of the phone fields the employee has.
    phonesOf(employee) {
      return PHONE_FIELDS.filter(([field]) => employee[field]).map(([field, label]) => ({
        field,
        label,
        number: employee[field],
      }));
    },
    copy() {
      return employees.map((e) => Object.assign({ phones: this.phonesOf(e).map((p) => p.number) }, e));
    },
  };
})();

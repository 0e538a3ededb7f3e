// The ops console's script: lists the orders of the signed-in user and approves one in place. No framework.
(function () {
  'use strict';
  const list = document.querySelector('#orders');
  const status = document.querySelector('#status');
  if (!list || !status) return;

  const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });

  function say(text, kind) {
    status.textContent = text;
    status.className = kind ? `status status-${kind}` : 'status';
  }

  function row(order) {
    const li = document.createElement('li');
    li.className = `order order-${order.status}`;
    const name = document.createElement('span');
    name.className = 'order-customer';
    name.textContent = order.customer;
    const amount = document.createElement('span');
    amount.className = 'order-amount';
    amount.textContent = money.format(order.amount);
    const state = document.createElement('span');
    state.className = 'order-status';
    state.textContent = order.status;
    li.append(name, amount, state);
    if (order.status === 'pending') {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Approve';
      button.addEventListener('click', () => approve(order, li));
      li.append(button);
    }
    return li;
  }

  async function approve(order, li) {
    say(`Approving order ${order.id}…`);
    const res = await fetch(`/api/orders/${encodeURIComponent(order.id)}/approve`, {
      method: 'POST',
      credentials: 'same-origin',
    });
    if (!res.ok) return say(`Order ${order.id} could not be approved (HTTP ${res.status}).`, 'error');
    li.replaceWith(row(await res.json()));
    say(`Order ${order.id} approved.`, 'ok');
  }

  async function load() {
    say('Loading orders…');
    try {
      const res = await fetch('/api/orders', { credentials: 'same-origin' });
      if (res.status === 401) return say('Sign in to see the orders.');
      if (!res.ok) return say(`The orders could not be loaded (HTTP ${res.status}).`, 'error');
      const { items } = await res.json();
      list.replaceChildren(...items.map(row));
      say(`${items.length} order(s).`, 'ok');
    } catch (err) {
      say(`The orders could not be loaded: ${err.message}`, 'error');
    }
  }

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') load();
  });
  load();
})();

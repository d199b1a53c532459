// Home's one call, asked for while the app's JavaScript is still on its way: on a phone on 3G the scripts take
// a second or more to arrive and run, and the answer is there by then (src/api/early.ts hands it to the app, which
// then does not ask again). Only on Home, only with a session whose token has not ended. A plain file (not built):
// the page's content security policy allows no inline script.
(function () {
  try {
    if (location.pathname !== '/') return;
    var session = JSON.parse(localStorage.getItem('vlos.session') || 'null');
    if (!session || !session.accessToken) return;
    var payload = session.accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    if (JSON.parse(atob(payload)).exp * 1000 < Date.now() + 5000) return; // the app refreshes it first
    var business = localStorage.getItem('vlos.business');
    var path = business ? '/home?businessId=' + encodeURIComponent(business) : '/home';
    var early = { path: path, token: session.accessToken, at: Date.now() };
    early.answer = fetch('/api/v1' + path, {
      headers: { Accept: 'application/json', Authorization: 'Bearer ' + session.accessToken },
    });
    // read already, so the app can draw Home at once on its first render
    early.answer.then(function (response) {
      return response.ok && !response.headers.get('X-Vlos-Offline-Copy') ? response.clone().json() : undefined;
    }).then(function (home) { early.home = home; }, function () { /* the app asks again */ });
    window.__vlosEarly = early;
  } catch (e) {
    // no session, or one that cannot be read: the app handles it
  }
})();

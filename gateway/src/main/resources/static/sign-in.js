// The gateway's sign-in page: posts JSON to /auth/sign-in. The refresh token stays in an HttpOnly
// cookie this script cannot read; the access token is kept in memory only (never in localStorage).
(function () {
  'use strict';
  var accessToken = null;

  function $(id) { return document.getElementById(id); }

  function showError(text) {
    var error = $('error');
    error.textContent = text;
    error.hidden = false;
  }

  function showSignedIn(username) {
    $('error').hidden = true;
    $('sign-in-form').hidden = true;
    $('signed-in-name').textContent = username;
    $('signed-in').hidden = false;
  }

  function showForm() {
    accessToken = null;
    $('signed-in').hidden = true;
    $('sign-in-form').hidden = false;
    $('password').value = '';
  }

  function messageFor(response, problem) {
    if (response.status === 401) { return '用户名或密码错误，或账号暂不能登录。Sign-in failed.'; }
    if (response.status === 429) {
      var wait = response.headers.get('Retry-After') || '60';
      return '尝试次数过多，请 ' + wait + ' 秒后再试。Too many attempts; try again in ' + wait + ' s.';
    }
    if (response.status === 503) { return '身份服务暂不可用，请稍后再试。The sign-in service is unavailable; try again later.'; }
    if (response.status === 400 && problem && problem.detail) { return '输入有误 Invalid input: ' + problem.detail; }
    return '登录失败 Sign-in failed (' + response.status + ').';
  }

  function readProblem(response) {
    return response.json().catch(function () { return null; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('sign-in-form').addEventListener('submit', function (event) {
      event.preventDefault();
      $('submit').disabled = true;
      fetch('/auth/sign-in', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ username: $('username').value, password: $('password').value })
      }).then(function (response) {
        return readProblem(response).then(function (body) {
          if (response.ok) {
            accessToken = body.accessToken;
            showSignedIn(body.username);
          } else {
            showError(messageFor(response, body));
          }
        });
      }).catch(function () {
        showError('网络错误，请重试。Network error; try again.');
      }).then(function () {
        $('submit').disabled = false;
      });
    });

    $('sign-out').addEventListener('click', function () {
      fetch('/auth/sign-out', { method: 'POST', credentials: 'same-origin' }).then(function (response) {
        if (response.ok) { showForm(); } else { showError('退出失败，请重试。Sign-out failed; try again.'); }
      });
    });
  });
}());

'use strict';
// Drives Kaltura's official Node.js client library (kaltura-client, unmodified) against the
// simulator's core API (api_v3), through the library's public API only. Run by
// OfficialNodeClientTest:
//
//   node drive.js <baseUrl> <partnerId> <adminSecret> <liveEntryId> <roomEntryId> <eventId>
//
// Prints one JSON line per step on stdout and nothing else:
//   {"step": "...", "ok": true,  "result": <what the library resolved with>}
//   {"step": "...", "ok": false, "error":  <what the library rejected with>}
// An API error is the library's own rejection value, a plain {code, message, objectType, args}
// object; anything else (a transport error, an exception) is written as
// {"objectType": "Error:<class>", "message", "code", "httpStatus"}. The exit code is 0 once every
// step has run, whatever the steps gave: the test judges them.

const crypto = require('crypto');
const kaltura = require('kaltura-client');

const services = kaltura.services;
const model = kaltura.objects;
const enums = kaltura.enums;

const args = process.argv.slice(2);
if (args.length < 6) {
  process.stderr.write('usage: node drive.js <baseUrl> <partnerId> <adminSecret> <liveEntryId> <roomEntryId> <eventId>\n');
  process.exit(2);
}
const [baseUrl, partnerIdText, adminSecret, liveEntryId, roomEntryId, eventId] = args;
const partnerId = Number(partnerIdText);

// A hang must not outlive the test's patience: give up loudly.
const watchdog = setTimeout(() => {
  emit({step: 'watchdog', ok: false, error: {objectType: 'Error:Timeout', message: 'drive.js did not finish in 60 s'}});
  process.exit(3);
}, 60000);

// The library throws inside a promise handler when a multirequest fails as a whole (a non-2xx
// answer, or an error object instead of an array), leaving the caller's promise unsettled. The
// step waiting then fails with that and the script goes on; elsewhere it ends the script.
let abandon = null;
process.on('unhandledRejection', (reason) => {
  const crash = describe(reason);
  crash.objectType = 'Error:UnhandledRejection';
  crash.message = 'the library threw inside its own promise handler, leaving the call unsettled: ' + crash.message;
  if (abandon) {
    abandon(crash);
    return;
  }
  emit({step: 'unhandledRejection', ok: false, error: crash});
  process.exit(4);
});

function emit(line) {
  process.stdout.write(JSON.stringify(line) + '\n');
}

function describe(failure) {
  if (failure instanceof Error) {
    return {
      objectType: 'Error:' + failure.constructor.name,
      message: failure.message,
      code: failure.code,
      httpStatus: failure.response ? failure.response.status : undefined,
    };
  }
  return failure;
}

/** A client of its own for one KS (null: none): the client's KS wins over a request's. */
function clientWith(ks) {
  const config = new kaltura.Configuration();
  config.serviceUrl = baseUrl;
  // Not an ILogger: the library then logs nothing (its default logs every body, secret included).
  config.setLogger({log() {}, debug() {}, error() {}});
  const client = new kaltura.Client(config);
  if (ks) {
    client.setKs(ks);
  }
  return client;
}

/** Runs one request with the client, prints the step, and gives what the library resolved with (undefined on failure). */
async function step(name, client, request) {
  try {
    const result = await new Promise((resolve, reject) => {
      abandon = reject;
      request.execute(client).then(resolve, reject);
    });
    emit({step: name, ok: true, result: result === undefined ? null : result});
    return result;
  } catch (failure) {
    emit({step: name, ok: false, error: describe(failure)});
    return undefined;
  } finally {
    abandon = null;
  }
}

function sha256Hex(text) {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

function pager(pageSize) {
  return new model.FilterPager({pageSize: pageSize, pageIndex: 1});
}

async function main() {
  const anonymous = clientWith(null);

  // ---- sessions
  const adminKs = await step('session.start ADMIN', anonymous, services.session.start(
      adminSecret, 'node-admin', enums.SessionType.ADMIN, partnerId, 3600, 'disableentitlement'));
  const userKs = await step('session.start USER', anonymous, services.session.start(
      adminSecret, 'node-user', enums.SessionType.USER, partnerId, 1800));
  const admin = clientWith(adminKs);

  await step('session.get', admin, services.session.get());
  await step('session.get of the USER KS', admin, services.session.get(userKs));

  const widget = await step('session.startWidgetSession', anonymous,
      services.session.startWidgetSession('_' + partnerId));
  const widgetKs = widget && widget.ks;

  // ---- app tokens
  const token = await step('appToken.add', admin, services.appToken.add(new model.AppToken({
    description: 'node client token',
    hashType: enums.AppTokenHashType.SHA256,
    sessionType: enums.SessionType.USER,
    sessionUserId: 'node-app-user',
    sessionDuration: 7200,
    sessionPrivileges: 'list:*',
  })));
  const tokenId = token ? token.id : 'missing';
  const tokenSecret = token ? token.token : '';

  await step('appToken.get', admin, services.appToken.get(tokenId));
  await step('appToken.list', admin, services.appToken.listAction(
      new model.AppTokenFilter({idEqual: tokenId, statusEqual: enums.AppTokenStatus.ACTIVE}), pager(10)));
  await step('appToken.update', admin, services.appToken.update(tokenId,
      new model.AppToken({description: 'node client token, renamed', sessionDuration: 1800})));

  // The hash is over the KS the call is made with: the widget session's, set on the client.
  const asWidget = clientWith(widgetKs);
  const tokenSession = await step('appToken.startSession', asWidget, services.appToken.startSession(
      tokenId, sha256Hex(widgetKs + tokenSecret), 'ignored-user', enums.SessionType.USER));
  const tokenKs = tokenSession && tokenSession.ks;
  const asToken = clientWith(tokenKs);
  await step('baseEntry.list with the app token KS', asToken, services.baseEntry.listAction(
      new model.BaseEntryFilter({idIn: liveEntryId}), pager(10)));
  await step('media.list with the app token KS', asToken, services.media.listAction(
      new model.MediaEntryFilter({idIn: liveEntryId}), pager(10)));

  await step('appToken.startSession with a wrong hash', asWidget, services.appToken.startSession(
      tokenId, sha256Hex(widgetKs + 'not-the-token'), 'ignored-user', enums.SessionType.USER));

  await step('appToken.delete', admin, services.appToken.deleteAction(tokenId));
  await step('appToken.startSession after delete', asWidget, services.appToken.startSession(
      tokenId, sha256Hex(widgetKs + tokenSecret), 'ignored-user', enums.SessionType.USER));
  await step('baseEntry.list with the deleted app token KS', asToken, services.baseEntry.listAction(
      new model.BaseEntryFilter({idIn: liveEntryId}), pager(10)));

  // ---- entries
  await step('baseEntry.get', admin, services.baseEntry.get(liveEntryId));
  await step('baseEntry.list idIn', admin, services.baseEntry.listAction(
      new model.BaseEntryFilter({idIn: liveEntryId + ',' + roomEntryId}), pager(10)));
  await step('baseEntry.list nameLike', admin, services.baseEntry.listAction(
      new model.BaseEntryFilter({nameLike: 'webcast'}), pager(10)));
  await step('media.list', admin, services.media.listAction(
      new model.MediaEntryFilter({idIn: liveEntryId}), pager(10)));
  await step('baseEntry.get of an unknown entry', admin, services.baseEntry.get('0_nosuch00'));

  // ---- categories
  const categories = await step('category.list', admin, services.category.listAction(
      new model.CategoryFilter({fullNameStartsWith: eventId + 'EP'}), pager(10)));
  const objects = categories && categories.objects ? categories.objects : [];
  const leafId = objects.length ? objects[objects.length - 1].id : -1;
  await step('category.get', admin, services.category.get(leafId));
  await step('category.delete', admin, services.category.deleteAction(leafId));
  await step('category.get after delete', admin, services.category.get(leafId));

  // ---- a multirequest: {1:result} is the first request's result (1-based)
  const batch = services.session.start(adminSecret, 'node-batch', enums.SessionType.ADMIN, partnerId, 600)
      .add(services.session.get().setKs('{1:result}'))
      .add(services.baseEntry.get('0_nosuch01'))
      .add(services.baseEntry.listAction(new model.BaseEntryFilter({idIn: liveEntryId}), pager(5))
          .setKs('{1:result}'));
  await step('multirequest', admin, batch);

  // ---- session.end: the ended KS is refused afterwards
  const endedKs = await step('session.start to end', anonymous, services.session.start(
      adminSecret, 'node-ender', enums.SessionType.ADMIN, partnerId, 600));
  const ending = clientWith(endedKs);
  await step('session.end', ending, services.session.end());
  await step('baseEntry.list with the ended KS', ending, services.baseEntry.listAction(null, pager(1)));

  // ---- a service the API does not have, through the library's public request builder
  await step('unknown service', admin, new kaltura.RequestBuilder('nosuchservice', 'list', {}));
}

main().then(() => {
  clearTimeout(watchdog);
  process.exit(0);
}, (failure) => {
  emit({step: 'drive.js', ok: false, error: describe(failure)});
  process.exit(1);
});

// Diagnostic: sends its login only once the client has begun the websocket upgrade (after the probe's pong),
// so the message is buffered until the upgrade completes; the upgrade completes only when the server
// answers the poll the client is waiting on.
var port = process.argv[2];
var socket = require('socket.io-client')('http://127.0.0.1:' + port);
var t0 = Date.now();
socket.io.engine.on('upgrading', function () {
    socket.send({ StartApplicationSession: { applicationInfo: { applicationSpecificInfo: {
        'vendorData:userID': 'test@mydomain', 'vendorData:password': 'bla.bla',
        'vendorData:pbxDomain': '12345678.pbx.one-connect.dk' } }, requestedSessionDuration: 60 } });
});
socket.on('StartApplicationSessionPosResponse', function () { console.log('OK ' + (Date.now() - t0) + ' ms'); process.exit(0); });
setTimeout(function () { console.log('STALLED'); process.exit(3); }, 5000);

// The provider's example client (uni-tel-csta-api.md, "Example"), changed only in host, port and credentials,
// plus what a test needs: it exits 0 once it has logged in and seen MonitorStartResponse, MakeCallResponse,
// an EstablishedEvent and the transfer's response; non-zero on an error or after a timeout.
// Usage: node seed-example.js <port> [host]
var port = process.argv[2] || 7003;
var host = process.argv[3] || '127.0.0.1';

var http = require('http');
var socket = require('socket.io-client')('http://' + host + ':' + port);
var util = require('util');
var log = function (text) { console.log(new Date().toISOString() + ' ' + text); };
util.log = log; // util.log is deprecated in current Node.js; same output without the warning

var seen = {};
function got(name) {
    seen[name] = true;
    log('got ' + name);
    if (seen.StartApplicationSessionPosResponse && seen.MonitorStartResponse && seen.MakeCallResponse
            && seen.EstablishedEvent && seen.SingleStepTransferCallResponse) {
        log('SUCCESS');
        process.exit(0);
    }
}
setTimeout(function () {
    log('TIMEOUT, seen: ' + Object.keys(seen).join(', '));
    process.exit(2);
}, 15000);
['StartApplicationSessionPosResponse', 'MonitorStartResponse', 'MakeCallResponse',
    'SingleStepTransferCallResponse'].forEach(function (name) {
    socket.on(name, function () { got(name); });
});
socket.on('CSTAErrorCode', function (error) {
    log('FAILED: ' + JSON.stringify(error));
    process.exit(1);
});

socket.on('connect', function () {
    util.log("Connected");
    socket.send(
        {
            "StartApplicationSession": {
                applicationInfo: {
                    applicationSpecificInfo: {
                        "vendorData:userID": "test@mydomain.dk",
                        "vendorData:password": "bla.bla",
                        "vendorData:pbxDomain": "69102200.pbx.one-connect.dk"
                    }
                },
                requestedSessionDuration: 100
            }
        }
    );
});

socket.on("StartApplicationSessionPosResponse", function () {
    socket.send(
        {
            "MonitorStart": {
                monitorObject: {
                    deviceObject: 123
                }
            }
        }
    );

    socket.send(
        {
            "MakeCall": {
                callingDevice: 123,
                calledDirectoryNumber: 321,
                autoOriginate: "doNotPrompt"
            }
        }
    );
});

socket.once("EstablishedEvent", function (event) {
    got('EstablishedEvent');
    var callID = event.EstablishedEvent.establishedConnection.callID;
    socket.send(
        {
            "SingleStepTransferCall": {
                activeCall: {
                    callID: callID
                },
                transferredTo: 12345678
            }
        }
    );
});

socket.on("message", function (message) {
    util.log(util.inspect(message, { depth: 6 }));
});

socket.on("disconnect", function () {
    util.log("Lost connection");
});

socket.on("reconnecting", function ($number) {
    util.log("Trying to reconnect. Attempt number " + $number);
});

socket.on("reconnect_error", function () {
    util.log("Failed to reconnect");
});

socket.on("end", function () {
    process.exit();
});

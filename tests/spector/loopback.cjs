// Preloaded into tsp-spector (`node --require loopback.cjs ...`): it has no host option and
// express's app.listen(port) binds every interface. This makes any listen() without an explicit
// loopback host listen on 127.0.0.1, so the mock server is never reachable from outside.
"use strict";
const net = require("node:net");
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === "object" && args[0] !== null && !Array.isArray(args[0])) {
    args[0] = { ...args[0], host: "127.0.0.1" };
  } else if (typeof args[0] === "number" || typeof args[0] === "string") {
    const rest = args.slice(1).filter((a) => typeof a === "function" || typeof a === "number");
    // listen(port[, host][, backlog][, callback]) -> listen(port, "127.0.0.1"[, backlog][, callback])
    args = [args[0], "127.0.0.1", ...rest];
  }
  return listen.apply(this, args);
};

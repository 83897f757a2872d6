export { buildApp } from './http/app.ts';
export { startServer, type StartServerOptions, type RunningServer } from './start-server.ts';

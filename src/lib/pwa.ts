/** Offline support: registers the service worker in production builds. (To be implemented.) */
export function registerServiceWorker(): void {}

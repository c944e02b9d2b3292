// Import first, before anything that creates the settings store.
//
// Test files run side by side in pages of one origin, so one file's settings
// would reach another file's store through \`storage\` events, as from another
// tab. Listeners on the window run in the order they were added, so this one
// has to come before the store's to stop them.
window.addEventListener('storage', (event) => event.stopImmediatePropagation());

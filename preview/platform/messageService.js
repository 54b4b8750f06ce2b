// Stand-in for lightning/messageService: publish and subscribe within the page.
const subscribers = new Map();

export const APPLICATION_SCOPE = Symbol('APPLICATION_SCOPE');

export class MessageContext {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    update() {
        this.dataCallback({ preview: 'message-context' });
    }

    connect() {}

    disconnect() {}
}

function channelName(channel) {
    return channel?.channel || String(channel);
}

export function publish(context, channel, message) {
    for (const listener of subscribers.get(channelName(channel)) || []) {
        listener(message);
    }
}

export function subscribe(context, channel, listener) {
    const name = channelName(channel);
    const listeners = subscribers.get(name) || new Set();
    listeners.add(listener);
    subscribers.set(name, listeners);
    return { name, listener };
}

export function unsubscribe(subscription) {
    subscribers.get(subscription?.name)?.delete(subscription.listener);
}

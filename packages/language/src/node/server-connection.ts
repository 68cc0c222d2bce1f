import type { Connection, DataCallback, Disposable, Message, MessageReader, MessageWriter, RequestMessage } from 'vscode-languageserver/node';
import {
    createConnection, createServerPipeTransport, createServerSocketTransport, ErrorCodes, IPCMessageReader, IPCMessageWriter,
    ProposedFeatures, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver/node';
import { en } from '../i18n/en.js';

/** How the client talks to the server: the transport arguments VS Code's client passes. */
export type Transport =
    | { kind: 'stdio' }
    | { kind: 'node-ipc' }
    | { kind: 'socket'; port: number }
    | { kind: 'pipe'; name: string };

/** Reads the transport from the command line (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`); undefined when none is given. */
export function parseTransport(argv: readonly string[]): Transport | undefined {
    for (let i = 0; i < argv.length; i++) {
        const [flag, inline] = splitFlag(argv[i]!);
        const value = inline ?? argv[i + 1];
        if (flag === '--stdio') {
            return { kind: 'stdio' };
        } else if (flag === '--node-ipc') {
            return { kind: 'node-ipc' };
        } else if (flag === '--socket' && value !== undefined && /^\d+$/.test(value)) {
            return { kind: 'socket', port: Number(value) };
        } else if (flag === '--pipe' && value) {
            return { kind: 'pipe', name: value };
        }
    }
    return undefined;
}

function splitFlag(arg: string): [string, string | undefined] {
    const at = arg.indexOf('=');
    return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

export const SERVER_USAGE = en.server.usage;

/**
 * The LSP life cycle the protocol asks for, which vscode-languageserver leaves to the server:
 * a request before `initialize` gets -32002 and a notification before it is dropped (except
 * `exit`); a request after `shutdown` gets -32600.
 */
export class LifecycleGate {
    private initializeSeen = false;
    shutdownSeen = false;

    /** The error to answer instead of handling the message, `'drop'` to ignore it, or undefined to handle it. */
    check(message: Message): { code: number; message: string } | 'drop' | undefined {
        const { method, id } = message as Partial<RequestMessage>;
        if (typeof method !== 'string') {
            return undefined; // a response to one of our own requests
        }
        const isRequest = id !== undefined && id !== null;
        if (!this.initializeSeen) {
            if (method === 'initialize' && isRequest) {
                this.initializeSeen = true;
                return undefined;
            }
            if (method === 'exit') {
                return undefined;
            }
            return isRequest ? { code: ErrorCodes.ServerNotInitialized, message: 'The server has not been initialized.' } : 'drop';
        }
        if (this.shutdownSeen && isRequest) {
            return { code: ErrorCodes.InvalidRequest, message: 'The server is shutting down.' };
        }
        if (method === 'shutdown' && isRequest) {
            this.shutdownSeen = true;
        }
        return undefined;
    }
}

/** A reader that lets only what the life cycle allows through, answering the rest itself, and that ends the process on a framing error. */
class GatedReader implements MessageReader {
    constructor(private readonly inner: MessageReader, private readonly writer: MessageWriter, private readonly gate: LifecycleGate,
        private readonly fail: (error: Error) => void) {
        inner.onError(error => fail(error));
    }

    get onError(): MessageReader['onError'] {
        return this.inner.onError;
    }

    get onClose(): MessageReader['onClose'] {
        return this.inner.onClose;
    }

    get onPartialMessage(): MessageReader['onPartialMessage'] {
        return this.inner.onPartialMessage;
    }

    listen(callback: DataCallback): Disposable {
        return this.inner.listen(message => {
            const verdict = this.gate.check(message);
            if (verdict === undefined) {
                callback(message);
            } else if (verdict !== 'drop') {
                const id = (message as RequestMessage).id;
                this.writer.write({ jsonrpc: '2.0', id, error: verdict } as Message).catch(error => this.fail(error as Error));
            }
        });
    }

    dispose(): void {
        this.inner.dispose();
    }
}

function transportChannels(transport: Transport): [MessageReader, MessageWriter] {
    switch (transport.kind) {
        case 'stdio': return [new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout)];
        case 'node-ipc': return [new IPCMessageReader(process), new IPCMessageWriter(process)];
        case 'socket': return createServerSocketTransport(transport.port);
        case 'pipe': return createServerPipeTransport(transport.name);
    }
}

/**
 * The server's connection over the given transport, with the life cycle enforced. A framing
 * error (a Content-Length that does not match the body, a missing header) ends the process with
 * exit code 1: the stream cannot be re-synchronised, and a client restarts a server that exits.
 */
export function createServerConnection(transport: Transport): Connection {
    const [reader, writer] = transportChannels(transport);
    const gate = new LifecycleGate();
    const fail = (error: Error): void => {
        process.stderr.write(`offering-language-server: ${error.message.split('\n')[0]}; stopping\n`);
        process.exit(1);
    };
    const connection = createConnection(ProposedFeatures.all, new GatedReader(reader, writer, gate, fail), writer);
    if (transport.kind === 'stdio') {
        // What vscode-languageserver does for a stdio stream it is given, but not for a reader:
        // end with the input, and keep console output out of the protocol stream on stdout.
        const end = (): never => process.exit(gate.shutdownSeen ? 0 : 1);
        process.stdin.on('end', end);
        process.stdin.on('close', end);
        console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
        console.info = (...args: unknown[]) => connection.console.info(args.map(String).join(' '));
        console.debug = (...args: unknown[]) => connection.console.debug(args.map(String).join(' '));
        console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
        console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
    }
    return connection;
}

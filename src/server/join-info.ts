// Where participants find the room: the host's addresses on the local network, each with the join code
// filled in, and the first of them as a QR code for phones. The QR code is sent as its grid of cells so
// the trainer's page draws it without a library and without HTML.
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import type { RoomSnapshot } from '../host/protocol.js';

const ANY = new Set(['0.0.0.0', '::', '']);

/** The IPv4 addresses devices can reach this host on: every interface's when bound to all, else the one bound. */
export function lanAddresses(bound: string): string[] {
  if (!ANY.has(bound)) return [bound];
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const net of list ?? []) {
      if (net.family === 'IPv4' && !net.internal) found.push(net.address);
    }
  }
  return found;
}

export function joinUrl(address: string, port: number, code: string): string {
  return `http://${address}:${port}/#/join/${code}`;
}

export function trainerUrl(bound: string, port: number, token: string): string {
  // Bound to every interface, the trainer's link names the loopback address: it is meant for the host itself.
  const address = ANY.has(bound) ? '127.0.0.1' : bound;
  return `http://${address}:${port}/#/classroom/${token}`;
}

export function qrCells(text: string): NonNullable<RoomSnapshot['qr']> {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  let cells = '';
  for (let i = 0; i < size * size; i++) cells += data[i] ? '1' : '0';
  return { size, cells };
}

/** The QR code for the terminal the host was started in. */
export function terminalQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}

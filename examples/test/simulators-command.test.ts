import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { CLI, ROOT } from './support/ainow-cli';

const VENDORS = [
  'apollo',
  'zoominfo',
  'neverbounce',
  'zerobounce',
  'sendgrid',
  'mailgun',
  'twilio',
  'hubspot',
  'salesforce',
  'pipedrive',
  'openai',
];

describe('ainow simulators', () => {
  it('prints every vendor base URL as JSON on its first line, serves them, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, 'simulators', '--port', '0'], { cwd: ROOT });
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited ${code} before printing`)));
    });
    const urls = JSON.parse(firstLine) as Record<string, string>;
    expect(Object.keys(urls).sort()).toEqual([...VENDORS].sort());
    for (const url of Object.values(urls)) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    expect(urls.openai).toMatch(/\/v1$/);
    const models = await fetch(`${urls.openai}/models`, { headers: { authorization: 'Bearer sk-anything' } });
    expect(models.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a port that is not a number', async () => {
    const child = spawn(process.execPath, [CLI, 'simulators', '--port', 'abc'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--port takes a port number');
  });
});

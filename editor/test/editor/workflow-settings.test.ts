import { createEditorStore } from '../../src/store/editor-store';
import {
  describeSeconds,
  formOf,
  isTimeZone,
  settingsOf,
  timeZones,
  type SettingsForm,
} from '../../src/editor/workflow-settings';
import { catalog, sampleWorkflow } from '../fixtures';

const form = (patch: Partial<SettingsForm> = {}): SettingsForm => ({
  timezone: 'Europe/Paris',
  timeoutSeconds: '60',
  errorWorkflowId: '',
  maxLoopIterations: '',
  ...patch,
});

describe('workflow settings form', () => {
  it('shows the document settings in seconds, with the defaults when absent', () => {
    expect(
      formOf({ timezone: 'Asia/Tokyo', timeoutMs: 90_000, errorWorkflowId: 'w2', maxLoopIterations: 50 }),
    ).toEqual({
      timezone: 'Asia/Tokyo',
      timeoutSeconds: '90',
      errorWorkflowId: 'w2',
      maxLoopIterations: '50',
    });
    expect(formOf(undefined)).toEqual({
      timezone: 'UTC',
      timeoutSeconds: '300',
      errorWorkflowId: '',
      maxLoopIterations: '',
    });
  });

  it('turns a filled form into settings in milliseconds and keeps fields it does not know', () => {
    const previous = {
      timezone: 'UTC',
      timeoutMs: 300_000,
      errorWorkflowId: null,
      maxLoopIterations: 9,
      saveData: 'all',
    };
    expect(settingsOf(form({ errorWorkflowId: 'w9', maxLoopIterations: ' 250 ' }), previous)).toEqual({
      settings: {
        timezone: 'Europe/Paris',
        timeoutMs: 60_000,
        errorWorkflowId: 'w9',
        maxLoopIterations: 250,
        saveData: 'all',
      },
      errors: {},
    });
    // An emptied loop cap goes back to the engine's default: the key is dropped.
    expect(settingsOf(form(), previous).settings).not.toHaveProperty('maxLoopIterations');
  });

  it.each<[string, Partial<SettingsForm>, keyof SettingsForm]>([
    ['an unknown time zone', { timezone: 'Mars/Olympus' }, 'timezone'],
    ['an empty time zone', { timezone: ' ' }, 'timezone'],
    ['a zero timeout', { timeoutSeconds: '0' }, 'timeoutSeconds'],
    ['a timeout over 24 hours', { timeoutSeconds: '86401' }, 'timeoutSeconds'],
    ['a fractional timeout', { timeoutSeconds: '1.5' }, 'timeoutSeconds'],
    ['a zero loop cap', { maxLoopIterations: '0' }, 'maxLoopIterations'],
    ['a loop cap in words', { maxLoopIterations: 'many' }, 'maxLoopIterations'],
  ])('refuses %s and says which field to fix', (_label, patch, field) => {
    const result = settingsOf(form(patch), undefined);
    expect(result.settings).toBeUndefined();
    expect(Object.keys(result.errors)).toEqual([field]);
  });

  it.each([
    ['300', '5 min'],
    ['5400', '1 h 30 min'],
    ['45', '45 s'],
    ['x', ''],
  ])('describes %s seconds as "%s"', (seconds, words) => {
    expect(describeSeconds(seconds)).toBe(words);
  });

  it('knows IANA time zones and offers UTC first', () => {
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Nowhere/Land')).toBe(false);
    expect(timeZones()[0]).toBe('UTC');
    expect(timeZones()).toContain('Europe/Paris');
  });

  it('saves as one undoable change of the document', () => {
    const store = createEditorStore({ workflow: sampleWorkflow(), catalog });
    const { settings } = settingsOf(form({ maxLoopIterations: '20' }), store.getState().workflow.settings);
    store.getState().apply({ type: 'setWorkflowField', key: 'settings', value: settings });
    expect(store.getState().workflow.settings).toMatchObject({
      timezone: 'Europe/Paris',
      maxLoopIterations: 20,
    });
    store.getState().undo();
    expect(store.getState().workflow.settings).toEqual(sampleWorkflow().settings);
  });
});

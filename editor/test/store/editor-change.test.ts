import { applyEditorChange, isEmptyChange, type EditorChange } from '../../src/store/editor-change';
import { sampleWorkflow } from '../fixtures';

describe('applyEditorChange', () => {
  it.each<[string, EditorChange]>([
    ['sets the name', { type: 'setWorkflowField', key: 'name', value: 'Renamed' }],
    [
      'adds sticky notes',
      {
        type: 'setWorkflowField',
        key: 'stickyNotes',
        value: [{ id: 'n1', text: 'hi', position: { x: 0, y: 0 }, width: 200, height: 100 }],
      },
    ],
    ['pins data', { type: 'setWorkflowField', key: 'pinData', value: { t: [{ json: { a: 1 } }] } }],
    ['moves a node (engine change)', { type: 'moveNode', nodeId: 's', position: { x: 10, y: 20 } }],
    [
      'batches editor and engine changes',
      {
        type: 'editorBatch',
        changes: [
          { type: 'removeNode', nodeId: 'i' },
          { type: 'setWorkflowField', key: 'name', value: 'Shorter' },
          { type: 'setParameter', nodeId: 's', path: 'fields.0.name', value: 'b' },
        ],
      },
    ],
  ])('%s, and its inverse restores the workflow exactly', (_label, change) => {
    const before = sampleWorkflow();
    const { workflow, inverse } = applyEditorChange(before, change);
    expect(workflow).not.toEqual(before);
    expect(applyEditorChange(workflow, inverse).workflow).toEqual(before);
  });

  it('removes a field when set to undefined, and the inverse puts it back', () => {
    const before = { ...sampleWorkflow(), pinData: { t: [{ json: { a: 1 } }] } };
    const { workflow, inverse } = applyEditorChange(before, {
      type: 'setWorkflowField',
      key: 'pinData',
      value: undefined,
    });
    expect('pinData' in workflow).toBe(false);
    expect(applyEditorChange(workflow, inverse).workflow).toEqual(before);
  });

  it.each<[EditorChange, boolean]>([
    [{ type: 'batch', changes: [] }, true],
    [{ type: 'editorBatch', changes: [{ type: 'batch', changes: [] }] }, true],
    [{ type: 'setWorkflowField', key: 'name', value: 'x' }, false],
  ])('isEmptyChange(%j) is %s', (change, empty) => {
    expect(isEmptyChange(change)).toBe(empty);
  });
});

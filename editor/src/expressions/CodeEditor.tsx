import { useEffect, useLayoutEffect, useRef } from 'react';
import { EditorState, type Extension } from '@codemirror/state';
import {
  EditorView,
  keymap,
  placeholder as cmPlaceholder,
  Decoration,
  MatchDecorator,
  ViewPlugin,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';

export interface CompletionData {
  jsonPaths: string[];
  nodeNames: string[];
  nodeFields: Record<string, string[]>;
}

export interface CodeEditorProps {
  value: string;
  onChange(value: string): void;
  mode: 'expression' | 'template' | 'javascript' | 'json';
  completions?: CompletionData;
  placeholder?: string;
  label: string;
  id?: string;
  minLines?: number;
  readOnly?: boolean;
}

/** Marks `{{ … }}` so that expressions and Handlebars tags stand out from the text around them. */
function braces(className: string): Extension {
  const decorator = new MatchDecorator({
    regexp: /\{\{[\s\S]*?\}\}/g,
    decoration: Decoration.mark({ class: className }),
  });
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = decorator.createDeco(view);
      }
      update(update: ViewUpdate) {
        this.decorations = decorator.updateDeco(update, this.decorations);
      }
    },
    { decorations: (v) => v.decorations },
  );
}

function expressionCompletions(data: CompletionData) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const before = ctx.state.sliceDoc(0, ctx.pos);
    const open = before.lastIndexOf('{{');
    if (open < 0 || before.lastIndexOf('}}') > open) return null;
    const json = /\$json((?:\.[\w$]+)*)\.([\w$]*)$/.exec(before);
    if (json) {
      const prefix = json[1].slice(1);
      const options = data.jsonPaths
        .filter((p) => (prefix ? p.startsWith(prefix + '.') : true))
        .map((p) => (prefix ? p.slice(prefix.length + 1) : p))
        .filter((p) => !p.includes('.'))
        .map((label) => ({ label, type: 'property' }));
      return { from: ctx.pos - json[2].length, options, validFor: /^[\w$]*$/ };
    }
    const nodeField = /\$\(['"]([^'"]+)['"]\)\.item\.json\.([\w$]*)$/.exec(before);
    if (nodeField) {
      return {
        from: ctx.pos - nodeField[2].length,
        options: (data.nodeFields[nodeField[1]] ?? []).map((label) => ({ label, type: 'property' })),
      };
    }
    const node = /\$\(['"]([^'"]*)$/.exec(before);
    if (node)
      return {
        from: ctx.pos - node[1].length,
        options: data.nodeNames.map((label) => ({ label, type: 'variable', apply: `${label}').item.json.` })),
      };
    const word = ctx.matchBefore(/\$[\w$]*/);
    if (!word) return null;
    return {
      from: word.from,
      options: [
        { label: '$json', type: 'variable', info: 'the current item' },
        { label: '$input', type: 'variable', info: 'all input items: .all(), .first(), .last()' },
        { label: "$('", type: 'function', info: 'output of another node by name', apply: "$('" },
        { label: '$itemIndex', type: 'variable' },
        { label: '$now', type: 'variable' },
        { label: '$today', type: 'variable' },
        { label: '$workflow', type: 'variable' },
        { label: '$execution', type: 'variable' },
        { label: '$vars', type: 'variable' },
      ],
    };
  };
}

/** CodeMirror 6 editor for expressions, Handlebars templates, code and JSON (lazy-loaded chunk). */
export default function CodeEditor(props: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  useEffect(() => {
    const extensions: Extension[] = [
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      EditorView.lineWrapping,
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      EditorView.updateListener.of((u) => u.docChanged && latest.current.onChange(u.state.doc.toString())),
      EditorView.contentAttributes.of({ 'aria-label': props.label, ...(props.id ? { id: props.id } : {}) }),
      EditorState.readOnly.of(!!props.readOnly),
    ];
    if (props.placeholder) extensions.push(cmPlaceholder(props.placeholder));
    if (props.mode === 'javascript' || props.mode === 'json') extensions.push(javascript());
    if (props.mode === 'expression') {
      extensions.push(braces('cm-expr'));
      extensions.push(
        autocompletion({
          override: [
            (ctx) =>
              expressionCompletions(
                latest.current.completions ?? { jsonPaths: [], nodeNames: [], nodeFields: {} },
              )(ctx),
          ],
        }),
      );
    }
    if (props.mode === 'template') extensions.push(braces('cm-hbs'));
    view.current = new EditorView({
      parent: host.current!,
      state: EditorState.create({ doc: props.value, extensions }),
    });
    return () => view.current?.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.mode, props.readOnly]);
  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== props.value)
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: props.value } });
  }, [props.value]);
  return (
    <div
      ref={host}
      className={`code-editor mode-${props.mode}`}
      style={{ minHeight: `${(props.minLines ?? 1) * 20 + 10}px` }}
      data-testid={`code-editor-${props.mode}`}
    />
  );
}

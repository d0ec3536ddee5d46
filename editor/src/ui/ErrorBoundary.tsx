import { Component, type ReactNode } from 'react';

/** Shows what broke instead of a blank page, with a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="mx-auto max-w-xl p-10" role="alert">
        <h1 className="text-lg font-semibold text-red-800">Something went wrong in the editor</h1>
        <p className="mt-2 font-mono text-[13px] text-slate-700">{this.state.error.message}</p>
        <p className="mt-4 text-[13px] text-slate-600">
          Your last saved version is safe. Go back to the workflow list and open it again.
        </p>
        <a className="btn-primary mt-4" href="#/workflows" onClick={() => this.setState({ error: null })}>
          Back to workflows
        </a>
      </div>
    );
  }
}

/** What a scenario runner in the client process can ask of the bench that owns the server. */
export interface WorkerContext {
  /** Base URL for `WebsocketProvider` (room names are appended). */
  collabBaseUrl: string;
  /** Headers every socket sends on its upgrade (our server's session cookie, once `room` signed in). */
  socketHeaders: Record<string, string>;
  /**
   * Has the parent sample the server's CPU time and RSS now, under `label`. With `gc`, the server first runs
   * a full garbage collection and the heap still in use is recorded too.
   */
  mark(label: string, options?: { gc: boolean }): Promise<void>;
  /**
   * The room to connect to for a scenario's room `name`. Our server opens only playbooks that exist, so
   * there it signs in, creates a blank playbook through the API (as a user would) and returns its id; the reference
   * opens any name.
   */
  room(name: string): Promise<string>;
  /** Rooms the server holds in memory (ours only; null for the reference). */
  roomsLoaded(): Promise<number | null>;
}

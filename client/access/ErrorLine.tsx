import { Icon } from '../components/Icon.js';

/** A failure explained in one line, announced at once. Renders nothing without a message. */
export function ErrorLine({ message, testId }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <div className="inline-error" role="alert" data-testid={testId}>
      <Icon name="alert" className="inline-error__icon" />
      <p className="inline-error__text">{message}</p>
    </div>
  );
}

import { useId } from 'react';
import { CopyField } from './CopyField.js';

interface SecretShownOnceProps {
  heading: string;
  /** The secret (a link or a token): the server never shows it again, so it is offered for copying here. */
  value: string;
  fieldLabel: string;
  copyLabel: string;
  copiedText: string;
  failedText: string;
  /** Says it is shown only now. */
  onlyNow: string;
  anotherLabel: string;
  onAnother: () => void;
  testId: string;
}

/** The "copy it now, you will not see it again" panel after creating an invitation link or an access token. */
export function SecretShownOnce(props: SecretShownOnceProps) {
  const headingId = useId();
  return (
    <section className="access-form access-form--done" aria-labelledby={headingId}>
      <h3 id={headingId} className="access-form__heading">
        {props.heading}
      </h3>
      <CopyField
        label={props.fieldLabel}
        value={props.value}
        copyLabel={props.copyLabel}
        copiedText={props.copiedText}
        failedText={props.failedText}
        testId={props.testId}
      />
      <p className="access-form__once">{props.onlyNow}</p>
      <div>
        <button type="button" className="button button--secondary" onClick={props.onAnother}>
          {props.anotherLabel}
        </button>
      </div>
    </section>
  );
}

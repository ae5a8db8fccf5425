import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BoundTextField } from './BoundTextField.js';
import { StructuredIcon } from './StructuredIcon.js';

/** Most key questions one agenda item may have (the playbook file schema's limit). */
export const MAX_KEY_QUESTIONS = 20;

interface KeyQuestionsEditorProps {
  questions: readonly string[];
  /** Writes the whole list: key questions are one value in the model (last writer wins as a whole). */
  onChange: (questions: string[]) => void;
  readOnly: boolean;
}

/** The key questions (nøglespørgsmål) of an agenda item: a short list of one-line inputs. Enter adds one. */
export function KeyQuestionsEditor({ questions, onChange, readOnly }: KeyQuestionsEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const inputs = useRef<Array<HTMLTextAreaElement | null>>([]);
  const addButton = useRef<HTMLButtonElement>(null);
  // Which question to focus once the list has changed; -1 is the add button (after the last one was removed).
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    (index < 0 ? addButton.current : inputs.current[index])?.focus();
  }, [questions]);

  const insertAt = (index: number) => {
    if (questions.length >= MAX_KEY_QUESTIONS) return;
    onChange([...questions.slice(0, index), '', ...questions.slice(index)]);
    focusIndex.current = index;
  };

  const removeAt = (index: number) => {
    onChange(questions.filter((_, position) => position !== index));
    focusIndex.current = Math.min(index, questions.length - 2);
  };

  if (readOnly && questions.length === 0) return null;
  return (
    <div className="key-questions" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="structured-field__label">
        {t('structured.agenda.item.questionsLabel')}
      </p>
      {questions.length > 0 && (
        <ul className="key-questions__list">
          {questions.map((question, index) => (
            <li key={index} className="key-questions__item">
              <BoundTextField
                value={question}
                onChange={(text) => onChange(questions.map((other, position) => (position === index ? text : other)))}
                label={t('structured.agenda.item.questionLabel', { number: index + 1 })}
                placeholder={t('structured.agenda.item.questionPlaceholder')}
                readOnly={readOnly}
                maxLength={500}
                inputRef={(element) => {
                  inputs.current[index] = element;
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.nativeEvent.isComposing && !readOnly) {
                    event.preventDefault();
                    insertAt(index + 1);
                  }
                }}
                testId="key-question"
              />
              {!readOnly && (
                <button
                  type="button"
                  className="structured-icon-button"
                  aria-label={t('structured.agenda.item.removeQuestion', { number: index + 1 })}
                  title={t('structured.agenda.item.removeQuestion', { number: index + 1 })}
                  onClick={() => removeAt(index)}
                >
                  <StructuredIcon name="close" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && questions.length < MAX_KEY_QUESTIONS && (
        <button
          ref={addButton}
          type="button"
          className="structured-add structured-add--small"
          onClick={() => insertAt(questions.length)}
        >
          <StructuredIcon name="plus" />
          {t('structured.agenda.item.addQuestion')}
        </button>
      )}
    </div>
  );
}

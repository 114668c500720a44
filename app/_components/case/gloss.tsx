import { withDataMarked } from '../ui/with-data-marked';
import styles from './case.module.css';
/**
 * An English gloss of Korean product content (a script line, a guide heading, a text message):
 * smaller and muted, marked as English for screen readers; the data values written into it (a
 * lot's name, a plate) keep their own language. Renders nothing without a gloss.
 */
export function Gloss({ text: sentence, data = [], inline = false }: { text: string | null; data?: readonly string[]; inline?: boolean }) {
  if (!sentence) return null;
  const text = withDataMarked(sentence, data);
  return inline ? (
    <span className={`${styles.gloss} ${styles.glossInline}`} lang="en">
      {text}
    </span>
  ) : (
    <p className={styles.gloss} lang="en">
      {text}
    </p>
  );
}

import styles from './case.module.css';
/**
 * An English gloss of Korean product content (a script line, a guide heading, a text message):
 * smaller and muted, marked as English for screen readers. Renders nothing without a gloss.
 */
export function Gloss({ text, inline = false }: { text: string | null; inline?: boolean }) {
  if (!text) return null;
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

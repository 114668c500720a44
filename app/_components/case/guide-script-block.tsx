import { withLotName } from '@/lib/domain/guide-script';

interface ScriptBlockProps {
  lines: readonly string[];
  lotName: string;
  /** The guide's branch heading, e.g. "출차 예정". */
  label?: string | null;
  /** The branch the agent should read now. */
  recommended?: boolean;
}

/** Guide lines the agent reads aloud, word for word; "OOO 주차장" becomes the case's lot. */
export function ScriptBlock({ lines, lotName, label, recommended = false }: ScriptBlockProps) {
  return (
    <figure className={`script${recommended ? ' script-recommended' : ''}`}>
      <figcaption className="script-caption">
        <span>스크립트{label ? ` · ${label}` : ''}</span>
        {recommended && <span className="badge badge-accent">지금 안내</span>}
      </figcaption>
      <blockquote>
        {lines.map((line, index) => (
          <p key={index}>{withLotName(line, lotName)}</p>
        ))}
      </blockquote>
    </figure>
  );
}

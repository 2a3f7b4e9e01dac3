import type { Prose } from '../../content/schema';

/** A section of a long-form page: heading, paragraphs, list. */
export function ProseSection({ section }: { section: Prose }) {
  return (
    <section id={section.id} aria-labelledby={`${section.id}-title`}>
      <h2 id={`${section.id}-title`}>{section.title}</h2>
      {section.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {section.items.length > 0 && (
        <ul className="list">
          {section.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

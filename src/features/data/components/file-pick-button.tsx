import { useId, useRef } from 'react';

/** A button that opens the file picker for one file (the input itself is hidden but labelled). */
export function FilePickButton({
  label,
  accept,
  disabled,
  onFile,
}: {
  label: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <>
      <input
        id={id}
        ref={ref}
        type="file"
        accept={accept}
        className="visually-hidden"
        aria-label={label.replace(/…$/, '')}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <button type="button" className="button" disabled={disabled} onClick={() => ref.current?.click()}>
        {label}
      </button>
    </>
  );
}

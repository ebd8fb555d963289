interface Props<T extends string> {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string; color?: string }>;
  selected: readonly T[];
  onChange(selected: T[]): void;
  testIdPrefix: string;
}

/** A multi-select as toggle chips (checkboxes underneath, so each is a labelled form control). */
export function ChipGroup<T extends string>({ legend, options, selected, onChange, testIdPrefix }: Props<T>) {
  const toggle = (value: T) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : options.map((o) => o.value).filter((v) => v === value || selected.includes(v)));
  return (
    <fieldset className="chip-group">
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => (
          <label key={option.value} className="chip">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              data-testid={`${testIdPrefix}-${option.value}`}
              onChange={() => toggle(option.value)}
            />
            {option.color && <i className="dot" style={{ background: option.color }} aria-hidden="true" />}
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

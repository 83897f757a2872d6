import { TextField } from '../../../ui/field.tsx';
import { isoDateDaysAgo } from '../../trust/format.ts';
import type { ScorecardPeriod } from '../api.ts';
import { periodPresets } from '../format.ts';

/** Picks the period of a scorecard: two days, or one of the presets ending today. */
export const PeriodPicker = ({
  period,
  onChange,
}: {
  period: ScorecardPeriod;
  onChange: (period: ScorecardPeriod) => void;
}) => {
  const today = isoDateDaysAgo(0);
  return (
    <div className="scorecard-period">
      <div className="segmented" role="group" aria-label="Period">
        {periodPresets.map((preset) => {
          const from = isoDateDaysAgo(preset.days);
          return (
            <button
              key={preset.key}
              type="button"
              className="segmented__button"
              aria-pressed={period.from === from && period.to === today}
              onClick={() => onChange({ from, to: today })}
            >
              {preset.label}
            </button>
          );
        })}
      </div>
      <TextField
        label="From"
        type="date"
        value={period.from}
        onChange={(from) => {
          if (from !== '') onChange({ ...period, from });
        }}
      />
      <TextField
        label="To"
        type="date"
        value={period.to}
        onChange={(to) => {
          if (to !== '') onChange({ ...period, to });
        }}
      />
    </div>
  );
};

import { limits } from '@fulcrum/core';

/** Relationship strength as filled dots, with the number for screen readers. */
export const StrengthMeter = ({ strength }: { strength: number }) => {
  const max = limits.relationshipStrengthMax;
  return (
    <span className="strength" title={`${strength} of ${max}`}>
      <span className="visually-hidden">
        {strength} of {max}
      </span>
      {Array.from({ length: max }, (_, index) => (
        <span
          key={index}
          aria-hidden="true"
          className={index < strength ? 'strength__dot strength__dot--on' : 'strength__dot'}
        />
      ))}
    </span>
  );
};

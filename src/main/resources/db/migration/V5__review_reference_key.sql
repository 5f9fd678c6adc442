-- A review reference names one review however it is capitalised: 't-latin1' is 'T-LATIN1'. H2 has no
-- indexes on expressions, so the lower-cased reference is kept in a column of its own with the unique
-- constraint, on H2 and PostgreSQL alike. References are ASCII (letters, digits, space . _ -), so the
-- databases' lower() and the application's lower-casing agree.
alter table review add column reference_key varchar(120);

-- Reviews already imported twice under different capitals keep their rows; the later ones get a key
-- that no reference can have ('~' is not allowed in one), so that the constraint can hold from now on.
update review set reference_key = case
    when exists (select 1 from review earlier
                 where lower(earlier.reference) = lower(review.reference) and earlier.id < review.id)
      then lower(reference) || '~' || cast(id as varchar(20))
    else lower(reference)
  end;

alter table review alter column reference_key set not null;
alter table review add constraint uk_review_reference_key unique (reference_key);

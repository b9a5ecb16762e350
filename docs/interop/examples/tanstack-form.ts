import { FormApi } from '@tanstack/form-core';
import { Appointment } from 'timetap-webhooks';

// A back-office form that corrects a captured delivery before replaying it. `Appointment` is a
// Standard Schema: TanStack Form runs it on submit and files each issue under the field its path
// names (`startTime`, `client.emailAddress`, …).
export function createReplayForm(captured: Appointment, replay: (appointment: Appointment) => void) {
  const form = new FormApi({
    defaultValues: captured,
    validators: { onSubmit: Appointment },
    onSubmit: ({ value }) => replay(value),
  });
  form.mount();
  return form;
}

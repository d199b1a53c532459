import type { TFunction } from 'i18next';
import type { TriggerDefinition } from '../api/workflows';

/**
 * Codes of the workflow language in the words an owner reads. The code itself ("lead.created") stays for developers:
 * pages put it in a title attribute or a code element, never as the only text.
 */

/** An event topic ("appointment.no_show") in plain words ("A customer did not come"); an unknown topic as it is. */
export function eventWords(t: TFunction, topic: string): string {
  return t(`workflows.events.${topic.replace('.', '_')}`, { defaultValue: topic });
}

/** What starts a workflow: the event in words for event and AI triggers, else the kind of trigger. */
export function triggerWords(t: TFunction, trigger: TriggerDefinition | null | undefined): string {
  if (!trigger) return t('workflows.triggers.manual');
  if ((trigger.type === 'event' || trigger.type === 'ai') && trigger.event) return eventWords(t, trigger.event);
  return t(`workflows.triggers.${trigger.type}`, { defaultValue: trigger.type });
}

/** The edge a step went on by ("onTrue") in words ("If true"). */
export function edgeWords(t: TFunction, edge: string): string {
  return t(`workflows.edges.${edge}`, { defaultValue: edge });
}

/** A choice of a step setting ("leads" for query) in words; choices without words (HTTP methods) stay as they are. */
export function optionWords(t: TFunction, path: string, value: string): string {
  return t(`workflows.options.${path}.${value}`, { defaultValue: value });
}

import { useLocale, useTranslations } from 'next-intl';
import {
  couponIssuedSms,
  paymentCancellationCompletedSms,
  paymentCancellationRejectedSms,
  paymentCancellationSms,
  registrationConfirmedSms,
  registrationRejectedSms,
} from '@/lib/domain/sms-templates';
import { formatWonNumber } from '../ui/format';
import type { AgentCase } from './case-workspace-context';

/** The server's writer of each of the product's texts, by template name. */
const SMS_WRITERS = {
  registrationConfirmed: registrationConfirmedSms,
  registrationRejected: registrationRejectedSms,
  couponIssued: couponIssuedSms,
  paymentCancellation: paymentCancellationSms,
  paymentCancellationCompleted: paymentCancellationCompletedSms,
  paymentCancellationRejected: paymentCancellationRejectedSms,
};

type SmsTemplateName = keyof typeof SMS_WRITERS;

/** Which of the product's texts a body is, with the values it was written with (its writer's input). */
export type SmsTemplate = {
  [Name in SmsTemplateName]: { template: Name; values: Parameters<(typeof SMS_WRITERS)[Name]>[0] };
}[SmsTemplateName];

/** The texts this case could have sent, each written exactly as the server writes it. */
function candidates(kase: Pick<AgentCase, 'code' | 'lot' | 'pass' | 'coupons' | 'onsitePayments'>): SmsTemplate[] {
  const caseCode = kase.code;
  return [
    { template: 'registrationConfirmed', values: { lotName: kase.lot.name, plate: kase.pass.plate, caseCode } },
    { template: 'registrationRejected', values: { caseCode } },
    ...kase.coupons.map((coupon) => ({ template: 'couponIssued' as const, values: { amount: coupon.amount, caseCode } })),
    ...kase.onsitePayments.flatMap((payment) =>
      (['paymentCancellation', 'paymentCancellationCompleted', 'paymentCancellationRejected'] as const).map((template) => ({
        template,
        values: { amount: payment.amount, caseCode },
      })),
    ),
  ];
}

/** The Korean text a template writes; the server's own functions, so a gloss matches only what they wrote. */
export function smsBodyOf(sms: SmsTemplate): string {
  // SmsTemplate pairs each template with its own writer's input; TypeScript cannot follow that
  // pairing through the union, so the writer is called with the union of the inputs.
  const write = SMS_WRITERS[sms.template] as (values: SmsTemplate['values']) => string;
  return write(sms.values);
}

/** The template a sent body was written from, or null for a text the product's templates did not write. */
export function smsTemplateOf(body: string, kase: Parameters<typeof candidates>[0]): SmsTemplate | null {
  return candidates(kase).find((sms) => smsBodyOf(sms) === body) ?? null;
}

/**
 * English glosses of the customer's Korean texts (which stay Korean: they are what was sent).
 * Null in Korean and for a text no template wrote (older or hand-written ones).
 */
export function useSmsGloss(kase: Parameters<typeof candidates>[0]): (body: string) => string | null {
  const t = useTranslations('case.sms.gloss');
  const locale = useLocale();
  return (body) => {
    if (locale === 'ko') return null;
    const sms = smsTemplateOf(body, kase);
    if (!sms) return null;
    if (sms.template === 'registrationConfirmed') return t('registrationConfirmed', sms.values);
    if (sms.template === 'registrationRejected') return t('registrationRejected', sms.values);
    return t(sms.template, { amount: formatWonNumber(sms.values.amount, locale), caseCode: sms.values.caseCode });
  };
}

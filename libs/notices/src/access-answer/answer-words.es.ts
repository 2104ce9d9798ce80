import { Messages } from '@rightsdesk/messages';

/** The words of an access answer in Spanish; the same keys as ANSWER_EN. Spanish law says RGPD. */
export const ANSWER_ES: Messages = {
  'report.title': 'Sus datos personales',
  'report.for_request': 'Preparado para la solicitud',
  'report.prepared_on': 'Preparado el',
  'report.asked_for': 'Qué pidió',
  'report.asked_copy': 'Una copia de la información personal que tenemos sobre usted',
  'report.asked_categories':
    'Las categorías de información personal que tenemos sobre usted (sin copia de los datos)',
  'report.records': 'Registros sobre usted',
  'report.intro_copy':
    'Este informe explica quiénes somos, qué información personal tenemos sobre usted, para qué la usamos, quién la recibe, cuánto tiempo la conservamos, de dónde procede y cuáles son sus derechos. Sus datos se muestran más abajo, conjunto por conjunto. Los mismos datos están también en los demás archivos de esta descarga, para ordenadores y hojas de cálculo: un archivo JSON y un archivo CSV por conjunto de datos; manifest.json enumera todos los archivos.',
  'report.intro_categories':
    'Este informe explica quiénes somos, qué tipos de información personal tenemos sobre usted y cuántos registros, para qué la usamos, quién la recibe, cuánto tiempo la conservamos, de dónde procede y cuáles son sus derechos.',
  'report.summary': 'Resumen',
  'report.dataset': 'Conjunto de datos',
  'report.files': 'Archivos',
  'report.details': 'Sus datos, conjunto por conjunto',
  'report.found_nothing': 'No encontramos información personal sobre usted.',
  'report.held_nothing': 'Dónde no tenemos nada sobre usted',
  'report.none': 'Ninguno.',
  'report.your_data': 'Sus datos',
  'report.first_rows':
    'Se muestran los primeros {shown, number} de {total, number} registros. Todos los registros están en los archivos {json} y {csv} de esta descarga.',
  'report.all_rows': 'Los mismos registros, para ordenadores y hojas de cálculo: {json} y {csv}.',
  'report.withheld_value': 'Lo guardamos, no se muestra por su seguridad',
  'report.empty_value': '—',
  'report.yes': 'Sí',
  'report.no': 'No',
  'report.about': 'Sobre este informe',
  'report.secrets':
    'La información marcada como guardada pero no revelada (como el resumen cifrado de una contraseña o un identificador de pago) la conservamos pero nunca la entregamos, para protegerle: quien la obtuviera podría usarla de forma indebida. Las tarjetas de pago se muestran solo con su marca y sus 4 últimas cifras.',
  'report.times': 'Las horas de este informe están en {zone}.',
  'report.map_version': 'Versión del registro de actividades de tratamiento: {version}.',

  'company.heading': 'Quiénes somos',
  'company.controller': 'Empresa responsable de sus datos',
  'company.address': 'Dirección postal',
  'company.contact': 'Contacto de privacidad',
  'company.dpo': 'Delegado de protección de datos',

  'dataset.categories': 'Tipos de información',
  'dataset.purpose': 'Para qué la usamos',
  'dataset.basis': 'Base jurídica',
  'dataset.legitimate_interest': 'Nuestro interés legítimo: {interest}',
  'dataset.recipients': 'Quién la recibe',
  'dataset.retention': 'Cuánto tiempo la conservamos',
  'dataset.sources': 'De dónde procede',
  'dataset.automated': 'Decisiones automatizadas',
  'dataset.automated_none':
    'Ninguna: no se toma ninguna decisión sobre usted por medios automatizados a partir de estos datos.',
  'dataset.automated_some':
    'Elaboración de perfiles: {profiling, select, true {sí} other {no}}. Decisiones con efectos jurídicos o igualmente significativos: {effects, select, true {sí} other {no}}. Cómo funciona: {logic}',
  'dataset.withheld': 'Guardado pero no revelado',
  'dataset.partial': 'Mostrado solo en parte',
  'dataset.partial_item': '{field}: últimos {keep, number} caracteres',
  'dataset.not_stated': 'No consta en nuestro registro de actividades de tratamiento.',
  'dataset.records': 'Registros sobre usted',
  'dataset.count': '{count, number}',

  'role.processor':
    'proveedor de servicios que actúa siguiendo nuestras instrucciones (encargado del tratamiento)',
  'role.controller':
    'organización independiente que decide su propio uso (responsable del tratamiento)',
  'role.third_party': 'tercero',
  'role.public': 'el público',

  'basis.consent': 'Su consentimiento (art. 6.1.a RGPD)',
  'basis.contract':
    'Necesario para nuestro contrato con usted, o para medidas que pidió antes de celebrarlo (art. 6.1.b RGPD)',
  'basis.legal_obligation': 'Necesario para cumplir una obligación legal nuestra (art. 6.1.c RGPD)',
  'basis.vital_interests':
    'Necesario para proteger su vida o su salud, o las de otra persona (art. 6.1.d RGPD)',
  'basis.public_task':
    'Necesario para una misión de interés público o el ejercicio de poderes públicos (art. 6.1.e RGPD)',
  'basis.legitimate_interests':
    'Nuestros intereses legítimos, cuando no prevalecen sus intereses y derechos (art. 6.1.f RGPD)',

  'source.data_subject': 'Facilitada por usted',
  'source.automatic': 'Recogida automáticamente cuando usa el sitio web',
  'source.inferred': 'Deducida por nosotros a partir de otros datos que tenemos sobre usted',
  'source.internal':
    'Generada por nosotros al atenderle (por ejemplo, números de pedido y registros de correos)',
  'source.third_party': 'Recibida de un tercero',

  'rights.heading': 'Sus derechos',
  'rights.gdpr.intro': 'Según el {law} también tiene derecho:',
  'rights.gdpr.rectify':
    'a que se rectifiquen los datos inexactos sobre usted y se completen los incompletos (art. 16);',
  'rights.gdpr.erase': 'a la supresión de sus datos (art. 17);',
  'rights.gdpr.restrict':
    'a la limitación del tratamiento de sus datos, por ejemplo mientras se comprueba su exactitud (art. 18);',
  'rights.gdpr.object':
    'a oponerse al tratamiento basado en nuestros intereses legítimos y, en cualquier momento, al uso de sus datos para mercadotecnia directa (art. 21);',
  'rights.gdpr.portability':
    'a recibir los datos que nos facilitó en un formato legible por máquina, o a que se transmitan a otra organización (art. 20);',
  'rights.gdpr.consent':
    'a retirar su consentimiento en cualquier momento, cuando nos basemos en él, sin que ello afecte a lo hecho antes (art. 7.3);',
  'rights.gdpr.automated':
    'a no ser objeto de una decisión basada únicamente en un tratamiento automatizado que le afecte significativamente (art. 22).',
  'rights.ccpa.intro':
    'Según la ley de California (Código Civil 1798.100 y siguientes) también tiene derecho:',
  'rights.ccpa.delete':
    'a que se elimine la información personal que obtuvimos de usted (1798.105);',
  'rights.ccpa.correct': 'a que se corrija la información personal inexacta (1798.106);',
  'rights.ccpa.opt_out':
    'a oponerse a la venta o al intercambio de su información personal (1798.120);',
  'rights.ccpa.limit': 'a limitar el uso de su información personal sensible (1798.121);',
  'rights.ccpa.no_discrimination':
    'a no recibir un trato distinto por ejercer estos derechos (1798.125).',
  'rights.state.intro': 'Según la ley de privacidad de su estado ({law}) también tiene derecho:',
  'rights.state.correct': 'a que se corrijan los datos personales inexactos;',
  'rights.state.delete': 'a que se eliminen sus datos personales;',
  'rights.state.portability': 'a recibir sus datos en un formato portátil y fácil de usar;',
  'rights.state.opt_out':
    'a oponerse a la publicidad dirigida, a la venta de sus datos y a la elaboración de perfiles con efectos jurídicos o igualmente significativos;',
  'rights.state.appeal': 'a apelar si nos negamos a atender una solicitud.',
  'rights.other.intro': 'Según nuestra política de privacidad también tiene derecho:',
  'rights.other.consent':
    'a retirar su consentimiento en cualquier momento, cuando nos basemos en él.',
  'rights.how':
    'Para ejercer cualquiera de estos derechos, haga una solicitud en nuestro centro de privacidad o escriba a {contactEmail}. Es gratuito.',

  'complain.heading': 'Cómo presentar una reclamación',
  'complain.gdpr':
    'Si considera que no hemos tratado sus datos conforme a la ley, puede presentar una reclamación ante una autoridad de control de protección de datos (art. 77 RGPD): {authority}.',
  'complain.gdpr_any':
    'la autoridad de control del país donde vive o trabaja, o donde crea que se infringió la ley',
  'complain.uk':
    'Si considera que no hemos tratado sus datos conforme a la ley, puede presentar una reclamación ante {authority} (art. 77 del RGPD del Reino Unido).',
  'complain.ccpa':
    'Si considera que no hemos atendido su solicitud como exige la ley de California, puede presentar una reclamación ante {authority}.',
  'complain.state':
    'Si considera que no hemos atendido su solicitud como exige la ley de privacidad de su estado, puede presentar una reclamación ante {authority}.',
  'complain.other':
    'Si considera que no hemos atendido su solicitud correctamente, puede presentar una reclamación ante {authority}.',
  'complain.or': ' o ',
  'complain.website': 'Sitio web: {website}',
  'complain.us_first':
    'También puede escribirnos primero a {contactEmail}: volveremos a examinar su caso.',
  'complain.gdpr_first':
    'También puede escribirnos primero a {contactEmail}, pero no es obligatorio antes de reclamar.',

  'letter.answer_intro':
    'La ley nos obliga a informarle de lo siguiente sobre la información personal que tenemos sobre usted. Si pide una copia de sus datos, la acompañan los mismos datos.',
  'letter.dataset': '{label}: {count, plural, one {# registro} other {# registros}}',
};

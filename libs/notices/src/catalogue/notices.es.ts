import { denialReasonEntries } from '@rightsdesk/domain';
import { Messages } from '@rightsdesk/messages';

/** The words of every notice in Spanish (ICU MessageFormat); the same keys as NOTICES_EN. */
export const NOTICES_ES: Messages = {
  'notice.greeting': 'Hola:',
  'notice.closing': 'Equipo de Privacidad de {companyName}',
  'notice.count': '{count, number}',
  'notice.write_to.email': 'responda a este mensaje o escriba a {contactEmail}',
  'notice.write_to.post': 'escríbanos a {companyAddress} o por correo electrónico a {contactEmail}',
  'notice.write_to.post_email_only': 'escríbanos por correo electrónico a {contactEmail}',

  'access_completed.subject': 'Su solicitud de acceso a datos {reference} se ha completado',
  'access_completed.done':
    'Hemos completado su solicitud del {receivedOn} (referencia {reference}) para acceder a la información personal que {companyName} tiene sobre usted.',
  'access_completed.nothing':
    'Hemos buscado en todos los sistemas donde guardamos información personal y no encontramos registros sobre usted. Puede descargar un breve informe de dónde buscamos.',
  'access_completed.found':
    'Encontramos {total, plural, one {# registro} other {# registros}} sobre usted en los lugares que se indican a continuación. Sus datos están listos para descargar en un archivo ZIP: un informe que explica para qué los usamos, quién los recibe y cuánto tiempo los conservamos, con los datos en archivos JSON y CSV si pidió una copia.',
  'access_completed.found_post':
    'Encontramos {total, plural, one {# registro} other {# registros}} sobre usted en los lugares que se indican a continuación. Esta carta recoge qué datos tenemos, para qué los usamos, quién los recibe, cuánto tiempo los conservamos y sus derechos.',
  'access_completed.nothing_post':
    'Hemos buscado en todos los sistemas donde guardamos información personal y no encontramos registros sobre usted.',
  'access_completed.copy_post':
    'Si desea una copia de los datos, {writeTo}, indicando {reference}, y díganos si la quiere impresa en papel o en una memoria USB. Se la enviaremos por correo postal a la dirección de su solicitud, sin coste para usted.',
  'access_completed.post_only_to_you':
    'Para proteger su información, solo enviamos una copia a la dirección postal de su solicitud, después de confirmar que es usted.',
  'access_completed.how':
    'Para descargarlos, abra el enlace para seguir su solicitud que le enviamos cuando la hizo, vaya a «Sus datos» y elija «Descargar sus datos». Le enviaremos por correo un código de un solo uso para escribirlo allí. La descarga está disponible durante un tiempo limitado.',
  'access_completed.how_link':
    'Para descargarlos, abra la página de su solicitud: {statusUrl} Allí, vaya a «Sus datos» y elija «Descargar sus datos». Le enviaremos por correo un código de un solo uso para escribirlo allí. La descarga está disponible durante un tiempo limitado.',
  'access_completed.never_by_email':
    'Para proteger su información, nunca la enviamos por correo electrónico: solo la entregamos en nuestro centro de privacidad, después de que confirme que es usted.',
  'access_completed.questions': 'Si tiene preguntas, {writeTo}, indicando {reference}.',
  'access_completed.where': 'Dónde los guardamos',
  'access_completed.count': '{count, plural, one {# registro} other {# registros}}',
  'access_completed.records': 'Registros',

  'appeal_decided.subject': 'La decisión sobre su apelación {reference}',
  'appeal_decided.looked_again':
    'Hemos vuelto a examinar su solicitud de privacidad, como nos pidió en su apelación del {receivedOn} (referencia {reference}).',
  'appeal_decided.decision':
    '{outcome, select, granted {Le damos la razón: hemos revocado nuestra decisión anterior y ahora atenderemos su solicitud. Le escribiremos de nuevo cuando esté hecho.} other {Hemos decidido mantener nuestra decisión anterior.}}',
  'appeal_decided.reasons': 'Nuestros motivos: {reason}',
  'appeal_decided.complain':
    'Si no está de acuerdo con esta decisión, puede presentar una queja ante {authority}.',
  'appeal_decided.questions': 'Preguntas: {contactEmail}, indicando {reference}.',

  'appeal_received.subject': 'Hemos recibido su apelación {reference}',
  'appeal_received.received':
    'El {receivedOn} recibimos su apelación de nuestra decisión sobre su solicitud de privacidad. Su referencia es {reference}; indíquela siempre que nos escriba.',
  'appeal_received.look_again':
    'Volveremos a examinar su solicitud y le comunicaremos por escrito nuestra decisión y sus motivos.',
  'appeal_received.due': 'La ley nos da un plazo para decidir.',
  'appeal_received.no_due':
    'La ley nos da un plazo para decidir, y le comunicaremos nuestra decisión dentro de él.',
  'appeal_received.follow': 'Puede seguir su apelación aquí: {statusUrl}',
  'appeal_received.free': 'Apelar es gratuito. Preguntas: {contactEmail}, indicando {reference}.',

  'download_code.subject': 'Su código para descargar sus datos (solicitud {reference})',
  'download_code.asked':
    'Ha pedido descargar la copia de su información personal que preparamos para su solicitud {reference}. Para protegerla, comprobamos una vez más que es usted.',
  'download_code.code': 'Su código de descarga es {code}. Escríbalo en la página de descarga.',
  'download_code.works_for':
    'El código es válido durante {minutes, plural, one {# minuto} other {# minutos}}. Tras varios intentos fallidos deja de funcionar y puede pedir uno nuevo.',
  'download_code.not_you':
    'Si usted no pidió este código, no lo comparta con nadie y escriba a {contactEmail}.',

  'lookup_code.subject': 'Su código para abrir su solicitud {reference}',
  'lookup_code.asked':
    'Alguien, probablemente usted, ha pedido en nuestro centro de privacidad volver a abrir su solicitud de privacidad {reference} con esta dirección de correo electrónico.',
  'lookup_code.code': 'Su código es {code}. Escríbalo en la página donde lo pidió.',
  'lookup_code.works_for':
    'El código es válido durante {minutes, plural, one {# minuto} other {# minutos}}. Tras varios intentos fallidos deja de funcionar y puede pedir uno nuevo.',
  'lookup_code.new_link':
    'El código abre la página de estado de su solicitud con un enlace nuevo. Guarde ese enlace: el enlace de nuestro primer correo deja de funcionar.',
  'lookup_code.not_you':
    'Si usted no pidió este código, no lo comparta con nadie. Nadie puede abrir su solicitud sin él. Si le preocupa, escriba a {contactEmail}.',

  'information_needed.subject': 'Necesitamos más información para su solicitud {reference}',
  'information_needed.need':
    'Para seguir con su solicitud de privacidad del {receivedOn} (referencia {reference}), necesitamos algo más de información.',
  'information_needed.what': 'Lo que necesitamos: {reason}',
  'information_needed.be_precise': 'Indíquenos con más precisión qué nos pide que hagamos.',
  'information_needed.send_from_page':
    'Puede enviarla desde la página de su solicitud: {statusUrl}. Si lo prefiere, {writeTo}, indicando {reference}.',
  'information_needed.reply': 'Por favor, {writeTo}, indicando {reference}.',
  'information_needed.only_what_we_ask':
    'Envíe solo lo que le pedimos: nunca necesitamos su contraseña ni números completos de documentos de identidad o de tarjetas.',
  'information_needed.clock':
    'Esperar su respuesta no cambia el plazo que la ley nos da para responderle. Si para entonces no sabemos de usted, haremos lo que podamos con lo que tenemos y le diremos qué no pudimos hacer y por qué.',

  'information_needed.clock_paused':
    'La ley nos permite dejar de contar el plazo para responderle hasta que recibamos su respuesta; la fecha indicada se retrasa tantos días como esperemos.',

  'package_ready.subject': 'Sus datos están listos para descargar (solicitud {reference})',
  'package_ready.ready':
    'La copia de su información personal de su solicitud del {receivedOn} (referencia {reference}) está lista.',
  'package_ready.how':
    'Para descargarla, abra {place}, vaya a «Sus datos» y elija «Descargar sus datos». Le enviaremos por correo un código de un solo uso para escribirlo allí: la descarga solo funciona con ese código.',
  'package_ready.place_page': 'la página de su solicitud ({statusUrl})',
  'package_ready.place_link': 'el enlace para seguir su solicitud que le enviamos cuando la hizo',
  'package_ready.until':
    'Puede descargarla hasta el {availableUntil}. Después borramos el archivo; puede hacer una nueva solicitud cuando quiera, de forma gratuita.',
  'package_ready.limited':
    'La descarga está disponible durante un tiempo limitado. Después borramos el archivo; puede hacer una nueva solicitud cuando quiera, de forma gratuita.',
  'package_ready.never_by_email':
    'Para proteger su información, nunca la enviamos por correo electrónico ni como archivo adjunto.',
  'package_ready.questions': 'Preguntas: {contactEmail}, indicando {reference}.',

  'request_completed.subject':
    '{type, select, correct {Su solicitud para corregir sus datos} withdraw_consent {La retirada de su consentimiento} other {Su solicitud para borrar sus datos}} {reference} se ha completado',
  'request_completed.completed':
    'Hemos completado su solicitud del {receivedOn} (referencia {reference}).',
  'request_completed.done':
    '{type, select, correct {Hemos corregido exactamente lo que nos pidió, en el registro que indicó y en ningún otro, y comprobamos que los nuevos valores están en su sitio. También se lo hemos comunicado a las empresas que la tratan por nosotros.} withdraw_consent {Hemos detenido todo lo que usted había aceptado: mensajes de publicidad y cookies que no son necesarias para que el sitio funcione. Lo que hicimos antes de su retirada sigue siendo lícito.} other {Hemos borrado la información personal que teníamos sobre usted, salvo lo que la ley nos obliga a guardar. La tabla indica, para cada lugar donde guardamos información, qué hicimos.}}',
  'request_completed.nothing':
    '{type, select, correct {Buscamos en todos los lugares donde guardamos información personal y no encontramos la información que nos pidió corregir.} withdraw_consent {No encontramos ningún consentimiento ni suscripción suya en vigor; no le enviaremos nada más basado en su consentimiento.} other {Buscamos en todos los lugares donde guardamos información personal y no encontramos nada suyo que borrar.}}',
  'request_completed.suppression':
    'Guardamos una nota breve de que lo pidió, hecha de forma que no puede leerse como su correo electrónico, solo para no volver a añadirle a nuestras listas de correo.',
  'request_completed.see': 'Puede ver su solicitud aquí: {statusUrl}',
  'request_completed.disagree':
    'Si no está de acuerdo con lo que hicimos, {writeTo}, indicando {reference}.',
  'request_completed.where': 'Dónde lo guardamos',
  'request_completed.what_we_did': 'Qué hicimos',
  'request_completed.closing': 'Equipo de privacidad de {companyName}',
  'request_completed.outcome.deleted': 'Borrado ({rows, number})',
  'request_completed.outcome.deidentified':
    'Conservado sin nada que le identifique ({rows, number})',
  'request_completed.outcome.retained': 'Conservado: {reason}',
  'request_completed.outcome.retained_years':
    'Conservado durante {years, plural, one {# año} other {# años}}: {reason}',
  'request_completed.outcome.retained_period': 'Conservado durante {period}: {reason}',
  'request_completed.outcome.required_by_law': 'lo exige la ley',
  'request_completed.outcome.corrected': '{field} corregido ({rows, number})',
  'request_completed.outcome.withdrawn': 'Detenido ({rows, number})',
  'request_completed.outcome.told': 'Avisamos a {recipient}: hecho',
  'request_completed.outcome.handled': 'Hecho por nuestro personal',

  // Why a request was refused, one entry per denial reason (libs/domain DENIAL_REASONS).
  ...denialReasonEntries('es', 'denial_reason'),

  'rights.complain':
    'Si no está de acuerdo con nuestra respuesta, puede presentar una reclamación ante {authorities}.',
  'rights.complain_also': 'También puede presentar una reclamación ante {authorities}.',
  'rights.appeal_until': 'Puede recurrir hasta el {when}.',
  'rights.court': 'También tiene derecho a acudir a los tribunales.',

  // A correction in words: the record the person named and each field with its new value. The
  // record's and fields' names are the data map's words for people (peopleWords), never a list here.
  'correction.record_where': '{dataset} (con {field} «{value}»)',
  'correction.change': '{field} ahora es «{value}»',
  'correction.line': '{record}: {changes}.',
  'correction.unmatched.none': '{record}: no encontramos ningún registro suyo.',
  'correction.unmatched.several':
    '{record}: tenemos más de un registro suyo y no sabemos a cuál se refiere.',
  'information_needed.correction_unmatched':
    'No hemos podido saber cuál de sus datos corregir. {problems} Indíquenos a cuál se refiere (por ejemplo, qué dice ahora) y los nuevos valores.',

  'request_denied.subject': 'No pudimos completar su solicitud {reference}',
  'request_denied.could_not':
    'No pudimos completar su solicitud de privacidad del {receivedOn} (referencia {reference}).',
  'request_denied.reason': 'El motivo: {reason}',
  'request_denied.default_reason': 'no pudimos confirmar su identidad',
  'request_denied.appeal_page':
    'Puede recurrir esta decisión desde la página de su solicitud: {statusUrl}',
  'request_denied.appeal_email': 'Puede recurrir esta decisión escribiendo a {contactEmail}.',
  'request_denied.new_request':
    'Puede hacer una nueva solicitud cuando quiera; es gratuita. Preguntas: {contactEmail}, indicando {reference}.',

  'request_expired.subject': 'Su solicitud {reference} se cerró porque no fue confirmada',
  'request_expired.closed':
    'No recibimos la confirmación de su identidad para su solicitud de privacidad del {receivedOn} (referencia {reference}), así que la hemos cerrado sin actuar.',
  'request_expired.protects':
    'Esto le protege: solo actuamos cuando sabemos que la solicitud viene de usted.',
  'request_expired.new_request':
    'Puede hacer una nueva solicitud cuando quiera en nuestro centro de privacidad; es gratuita. Preguntas: {contactEmail}.',

  'request_extended.subject': 'Necesitamos más tiempo para su solicitud {reference}',
  'request_extended.still_working':
    'Seguimos trabajando en su solicitud de privacidad del {receivedOn} (referencia {reference}) y necesitamos más tiempo para completarla bien.',
  'request_extended.why': 'El motivo: {reason}',
  'request_extended.default_reason':
    'su solicitud es compleja y afecta a muchos de nuestros sistemas',
  'request_extended.law':
    'La ley nos permite ampliar una vez el plazo para responder, cuando una solicitud es compleja o recibimos muchas, siempre que le digamos por qué antes de la fecha original.',
  'request_extended.no_due':
    'Le responderemos lo antes posible, dentro del tiempo adicional que permite la ley.',
  'request_extended.follow': 'Puede seguir su solicitud aquí: {statusUrl}',
  'request_extended.questions': 'Si tiene preguntas, {writeTo}, indicando {reference}.',

  'request_received.subject': 'Hemos recibido su solicitud de privacidad {reference}',
  'request_received.received':
    'El {receivedOn} recibimos {type, select, access {una solicitud para ver la información personal que tenemos sobre usted} delete {una solicitud para borrar la información personal que tenemos sobre usted} correct {una solicitud para corregir información personal que tenemos sobre usted} withdraw_consent {la retirada de su consentimiento} appeal {una apelación de nuestra decisión sobre una solicitud anterior} other {su solicitud de privacidad}}. Su referencia es {reference}; indíquela siempre que nos escriba.',
  'request_received.no_proof':
    'No necesita demostrar quién es para retirar su consentimiento: actuaremos lo antes posible.',
  'request_received.verification':
    'Antes de actuar, comprobamos que la solicitud viene realmente de usted, para que nadie más pueda ver ni cambiar su información. Le enviamos por correo un código para confirmar su dirección y, para algunas solicitudes, comparamos algunos datos que nos dio con los que ya tenemos. Nunca le pediremos su contraseña ni números completos de documentos de identidad o de tarjetas, y usamos estos datos solo para confirmar quién es usted.',
  'request_received.due':
    'La ley nos da un plazo para responder, y el tiempo necesario para confirmar su identidad no lo amplía.',
  'notice.courtesy':
    'El {law} no le da derecho a {type, select, access {ver sus datos} correct {que se corrijan sus datos} delete {que se supriman sus datos} other {retirar su consentimiento}}. Aun así lo haremos, como nuestra política de privacidad promete a todas las personas, en el plazo que fija nuestra política.',
  'request_received.no_due':
    'La ley nos da un plazo para responder, y el tiempo necesario para confirmar su identidad no lo amplía. Si necesitamos más tiempo, le diremos por qué antes de la fecha original.',
  'request_received.follow':
    'Puede seguir su solicitud en cualquier momento aquí: {statusUrl} (este enlace es solo suyo; no lo comparta).',
  'request_received.free':
    'Hacer una solicitud es gratuito. Preguntas: {contactEmail}, indicando {reference}.',

  'verification_code.subject': 'Su código de verificación para la solicitud {reference}',
  'verification_code.received':
    'Hemos recibido su solicitud de privacidad (referencia {reference}). Para proteger su información, primero comprobamos que es usted.',
  'verification_code.code':
    'Su código es {code}. Escríbalo en la página de verificación, o abra este enlace y confirme: {verifyUrl}',
  'verification_code.works_for':
    'El código es válido durante {minutes, plural, one {# minuto} other {# minutos}}. Solo lo usamos para confirmar su identidad.',
  'verification_code.follow': 'Puede seguir su solicitud aquí: {statusUrl}',
  'verification_code.not_you':
    'Si usted no hizo esta solicitud, puede ignorar este mensaje o escribir a {contactEmail}.',

  'verification_letter.subject': 'Su código de verificación para la solicitud {reference}',
  'verification_letter.received':
    'Hemos recibido su solicitud de privacidad (referencia {reference}). Para proteger su información, primero comprobamos que es usted. No tenemos una dirección de correo electrónico suya, así que le enviamos su código por correo postal.',
  'verification_letter.code': 'Su código es {code}.',
  'verification_letter.online':
    'Para confirmar en línea, vaya a {enterUrl} y escriba su referencia {reference} y este código. La misma página le muestra después cómo avanza su solicitud, siempre que vuelva con ellos.',
  'verification_letter.call':
    'También puede llamarnos y leer su referencia y este código: la persona que le atienda lo introducirá por usted.',
  'verification_letter.works_for':
    'El código es válido durante {days, plural, one {# día} other {# días}} desde la fecha de esta carta. Tras varios intentos fallidos deja de funcionar, y puede pedirnos uno nuevo.',
  'verification_letter.not_you':
    'Si usted no hizo esta solicitud, no use el código y {writeTo}, indicando {reference}.',

  'verification_failed.subject': 'No pudimos confirmar su identidad para la solicitud {reference}',
  'verification_failed.could_not':
    'No pudimos confirmar que su solicitud de privacidad del {receivedOn} (referencia {reference}) viene de usted.',
  'verification_failed.what_follows':
    '{type, select, access {Por eso no podemos enviarle una copia de la información personal en sí, porque entregarla a otra persona podría perjudicarle. En su lugar, le indicaremos las categorías de información personal que tenemos sobre usted, de dónde procede, para qué la usamos y quién la recibe.} delete {Por eso no podemos borrar su información personal, así que hemos rechazado esta solicitud y su información sigue como estaba. Aun así, puede pedirnos que dejemos de vender o compartir su información: para eso no hace falta demostrar quién es.} correct {Por eso no podemos corregir su información personal, así que hemos rechazado esta solicitud y su información sigue como estaba.} other {Por eso no podemos atender esta solicitud.}}',
  'verification_failed.try_again':
    'Puede intentarlo de nuevo cuando quiera con una nueva solicitud, gratuita, dando datos que nos ayuden a reconocerle, como su número de teléfono, su dirección postal o su último número de pedido.',
  'verification_failed.appeal_page':
    'Si cree que nos equivocamos, puede apelar desde la página de su solicitud: {statusUrl}',
  'verification_failed.appeal_email':
    'Si cree que nos equivocamos, puede apelar escribiendo a {contactEmail}, indicando {reference}.',

  'letter.dated': 'Fecha: {date}',
  'letter.reference': 'Referencia: {reference}',
  'letter.footer': 'Referencia {reference}  ·  página {page} de {pages}',
};

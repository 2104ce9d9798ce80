import { denialReasonEntries, statusWordEntries } from '@rightsdesk/domain';
import { Messages } from '@rightsdesk/messages';

/** Every word the privacy center shows in Spanish (ICU MessageFormat); the same keys as PAGES_EN. */
export const PAGES_ES: Messages = {
  lang: 'es',
  languageName: 'Español',
  'layout.siteName': 'Centro de privacidad',
  'layout.skipLink': 'Saltar al contenido principal',
  'layout.navLabel': 'Centro de privacidad',
  'layout.languageNavLabel': 'Idioma',
  'layout.home': 'Inicio',
  'layout.footerNoSale': 'No vendemos su información personal.',
  'layout.footerFree': 'Ejercer sus derechos de privacidad es gratis.',
  'form.required': '(obligatorio)',
  'form.optional': '(opcional)',
  'form.choose': 'Elija…',
  'form.errorSummaryTitle': 'Hay un problema',
  'form.errorPrefix': 'Error:',
  'form.titleErrorPrefix': 'Error:',
  'requestTypes.access.title': 'Ver sus datos',
  'requestTypes.access.summary':
    'Reciba una copia de la información personal que tenemos sobre usted, o una lista de los tipos de información que tenemos.',
  'requestTypes.correct.title': 'Corregir sus datos',
  'requestTypes.correct.summary':
    'Corrija o actualice información sobre usted que está mal, incompleta o anticuada.',
  'requestTypes.delete.title': 'Borrar sus datos',
  'requestTypes.delete.summary':
    'Pídanos que borremos la información personal que tenemos sobre usted. Solo guardamos lo que la ley nos obliga a guardar.',
  'requestTypes.withdraw_consent.title': 'Retirar su consentimiento',
  'requestTypes.withdraw_consent.summary':
    'Detenga lo que aceptó, como correos de publicidad, mensajes de texto o recomendaciones personalizadas.',
  'requestTypes.appeal.title': 'Apelar nuestra decisión',
  'requestTypes.appeal.summary':
    'Pídanos que revisemos otra vez una solicitud rechazada o completada.',
  'home.title': 'Sus derechos de privacidad',
  'home.intro':
    'Recogemos información cuando visita nuestra tienda o nos compra: por ejemplo su nombre, correo, dirección, pedidos, datos de pago y cómo usa nuestro sitio web. Puede pedirnos que se la mostremos, que la corrijamos, que la borremos o que dejemos de usarla para lo que usted aceptó.',
  'home.chooseHeading': '¿Qué desea hacer?',
  'home.noSaleHeading': 'No vendemos sus datos',
  'home.noSale': 'No vendemos su información personal, y nunca lo hemos hecho.',
  'home.howHeading': 'Cómo funciona',
  'home.noAccount': 'No necesita una cuenta. Solo rellene un formulario corto.',
  'home.free': 'Es gratis.',
  'home.identity':
    'Para proteger sus datos, comprobamos que es usted antes de actuar. Normalmente le enviamos por correo un código de 6 cifras. Para una copia completa de sus datos o para borrarlos, podemos pedirle algunos datos más que ya tenemos, como su teléfono o el número de su último pedido. Para retirar su consentimiento no hace falta comprobar nada.',
  'home.timing':
    'Le confirmamos que recibimos su solicitud y le respondemos en el plazo que marca la ley, normalmente 45 días en EE. UU. o un mes en Europa. Verá la fecha en la página de estado de su solicitud.',
  'home.agentHeading': '¿Lo pide para otra persona?',
  'home.agent':
    'Un representante autorizado puede enviar una solicitud en nombre de otra persona. Use los mismos formularios y suba el permiso firmado por esa persona.',
  'home.postHeading': '¿Prefiere escribirnos por correo postal?',
  'home.post': 'También puede enviar su solicitud por correo postal a:',
  'home.postInclude':
    'Díganos qué quiere que hagamos, su nombre completo y un correo electrónico o una dirección postal donde podamos responderle.',
  'home.supportEmail': 'O escriba a nuestro equipo de atención al cliente:',
  'home.statusHeading': '¿Ya envió una solicitud?',
  'home.status':
    'Use el enlace del correo que le enviamos para ver cómo va, escribir su código o descargar sus datos.',
  'requestForm.intro.access':
    'Díganos quién es y qué le gustaría recibir. Buscaremos la información que tenemos sobre usted en todos nuestros sistemas.',
  'requestForm.intro.correct':
    'Díganos quién es y qué está mal. Cambiaremos exactamente lo que indique, nuestro equipo lo revisará antes de cambiar nada, y avisaremos a las empresas que nos ayudan con la tienda.',
  'requestForm.intro.delete':
    'Díganos quién es. Borraremos su información en todos los lugares donde la guardamos y avisaremos a las empresas que nos ayudan con la tienda.',
  'requestForm.intro.withdraw_consent':
    'Díganos quién es y qué quiere que dejemos de hacer. Lo detenemos en seguida, sin más comprobaciones.',
  'requestForm.aboutYouHeading': 'Sobre usted',
  'requestForm.aboutYouHint':
    'Usamos estos datos para encontrar su información, comprobar que es usted y responderle. No los usamos para nada más.',
  'requestForm.email.label': 'Correo electrónico',
  'requestForm.email.hint':
    'Use el correo que usa con nuestra tienda. Le enviaremos un código para comprobar que es usted.',
  'requestForm.emailWithdrawalHint':
    'Use el correo que usa con nuestra tienda: detenemos lo que está vinculado a él. No le enviamos ningún código; le escribimos cuando esté hecho.',
  'requestForm.name.label': 'Nombre completo',
  'requestForm.phone.label': 'Teléfono',
  'requestForm.phone.hint':
    'Nos ayuda a encontrar sus datos. Incluya el prefijo del país si vive fuera de EE. UU.',
  'requestForm.addressLegend': 'Dirección postal',
  'requestForm.addressHint':
    'Hace falta si quiere nuestra respuesta por correo postal. También nos ayuda a encontrar sus datos.',
  'requestForm.line1': 'Dirección, línea 1',
  'requestForm.line2': 'Dirección, línea 2',
  'requestForm.city': 'Ciudad o localidad',
  'requestForm.region': 'Estado, provincia o región',
  'requestForm.postalCode': 'Código postal',
  'requestForm.country': 'País',
  'requestForm.residenceLegend': 'Dónde vive',
  'requestForm.residenceHint':
    'Así sabemos qué ley de privacidad se aplica y cuánto tiempo tenemos para responder.',
  'requestForm.residenceCountry': 'País',
  'requestForm.residenceCountryOther': 'Otro país, o prefiero no decirlo',
  'requestForm.residenceRegion.label': 'Estado de EE. UU.',
  'requestForm.residenceRegion.hint': 'Solo si vive en Estados Unidos.',
  'requestForm.residenceRegionNone': 'No vivo en EE. UU.',
  'requestForm.answerLegend': '¿Cómo quiere que le respondamos?',
  'requestForm.answerEmail': 'Por correo electrónico',
  'requestForm.answerPostal.label': 'Por correo postal',
  'requestForm.answerPostal.hint': 'Rellene su dirección postal más arriba.',
  'requestForm.scopeLegend': '¿Qué le gustaría recibir?',
  'requestForm.scopeCategories.label':
    'Una lista de los tipos de información que tenemos sobre usted',
  'requestForm.scopeCategories.hint':
    'Por ejemplo datos de contacto, pedidos o visitas al sitio web, con para qué los usamos, con quién los compartimos y cuánto tiempo los guardamos.',
  'requestForm.scopeCopy.label': 'Una copia completa de sus datos',
  'requestForm.scopeCopy.hint':
    'Archivos que puede abrir y reutilizar (JSON y CSV) y un informe fácil de leer. Le pediremos algunos datos más para asegurarnos de que es usted.',
  'requestForm.correctionsLegend': '¿Qué hay que corregir?',
  'requestForm.correctionsHint':
    'Elija la información que está mal y escriba el valor correcto. Puede corregir hasta 5 cosas a la vez. Para cambiar su correo electrónico, cámbielo en su cuenta.',
  'requestForm.correctionRow': 'Corrección {number}',
  'requestForm.correctionField': 'Información que hay que corregir',
  'requestForm.correctionValue': 'Valor correcto',
  'requestForm.recordLegend': 'Corregir una de sus direcciones guardadas',
  'requestForm.recordHint':
    'Elija qué dirección y escriba solo lo que está mal en ella. Lo que deje en blanco no cambia, y sus otras direcciones tampoco.',
  'requestForm.recordWhich': '¿Qué dirección?',
  'requestForm.recordKinds.home': 'Su dirección de casa',
  'requestForm.recordKinds.billing': 'Su dirección de facturación',
  'requestForm.recordKinds.shipping': 'Su dirección de envío',
  'requestForm.reason.label': '¿Por qué hay que corregirlo?',
  'requestForm.reason.hint':
    'Cualquier cosa que nos ayude a comprobarlo, por ejemplo dónde vio el valor equivocado.',
  'requestForm.purposesLegend': '¿Qué debemos dejar de hacer?',
  'requestForm.purposesHint':
    'Elija una o varias opciones. Retirarlo es tan fácil como fue aceptarlo. Lo que hicimos antes de que lo retirara sigue siendo legal.',
  'requestForm.purposesAll.label': 'Todo lo que acepté',
  'requestForm.purposesAll.hint': 'Detiene todo lo que aparece debajo.',
  'requestForm.deleteHeading': 'Antes de pedirnos que borremos',
  'requestForm.deletePoints.0':
    'El borrado no se puede deshacer. Borramos su cuenta, su perfil, sus direcciones guardadas, sus reseñas, comentarios, visitas al sitio web, recomendaciones y preferencias de publicidad.',
  'requestForm.deletePoints.1': 'Ya no podrá iniciar sesión ni ver sus pedidos anteriores.',
  'requestForm.deletePoints.2':
    'La ley nos obliga a guardar algunos registros: los pedidos y los pagos se guardan 7 años por motivos fiscales y contables. No los usamos para nada más.',
  'requestForm.deletePoints.3':
    'Guardamos una nota breve de que lo pidió, para que sus datos no vuelvan a añadirse por error, por ejemplo a nuestra lista de correo.',
  'requestForm.deletePoints.4':
    'También pedimos a las empresas que tratan datos por nosotros que los borren.',
  'requestForm.deleteAlternative': '¿Solo quiere recibir menos mensajes? Retire su consentimiento.',
  'requestForm.agentSummary': 'Soy un representante autorizado que actúa en nombre de esta persona',
  'requestForm.agentHint':
    'Si envía esta solicitud en nombre de otra persona, rellene arriba los datos de esa persona y díganos aquí quién es usted. Puede que la persona tenga que confirmar la solicitud, salvo que usted tenga un poder notarial.',
  'requestForm.agentName.label': 'Su nombre completo (representante)',
  'requestForm.agentEmail.label': 'Su correo electrónico (representante)',
  'requestForm.agentAuthorization.label': 'Permiso firmado por la persona',
  'requestForm.agentAuthorization.hint':
    'Un PDF o una foto (JPG o PNG) del permiso que firmó la persona.',
  'requestForm.agentFileAgain': 'Si ya había elegido un archivo, vuelva a elegirlo, por favor.',
  'requestForm.agentPowerOfAttorney.label': 'Es un poder notarial',
  'requestForm.agentPowerOfAttorney.hint':
    'No lo necesita. Si lo tiene, la persona no tiene que confirmar la solicitud.',
  'requestForm.submit': 'Enviar solicitud',
  'requestForm.privacyNote':
    'Usamos estos datos solo para atender su solicitud y comprobar quién es usted.',
  'submitted.title': 'Solicitud enviada',
  'submitted.referenceLabel': 'Su número de referencia',
  'submitted.codeSent': 'Hemos enviado un código de 6 cifras a {email}.',
  'submitted.codeNext': 'Escríbalo para confirmar que es usted. No podemos empezar hasta entonces.',
  'submitted.verifyLink': 'Escribir su código',
  'submitted.noVerification':
    'Para esta solicitud no necesitamos comprobar quién es usted, así que ya hemos empezado.',
  'submitted.nextHeading': 'Qué pasa ahora',
  'submitted.nextVerify': 'Usted confirma que es usted con el código.',
  'submitted.nextSearch': 'Buscamos sus datos en todos los sistemas que usamos.',
  'submitted.nextAnswer': 'Le respondemos como muy tarde el {due}.',
  'submitted.noEmail':
    '¿No le llegó el correo? Mire en la carpeta de correo no deseado. Puede pedir un código nuevo en la página donde se escribe.',
  'submitted.statusLink': 'Ver el estado de su solicitud',
  'submitted.keepReference':
    'Guarde su número de referencia. Lo necesitará si se pone en contacto con nosotros.',
  'verify.title': 'Confirme que es usted',
  'verify.intro': 'Escriba el código de 6 cifras que le enviamos por correo electrónico.',
  'verify.introPosted':
    'Escriba el código de 6 cifras de la carta que le enviamos por correo postal.',
  'verify.codePosted.label': 'Código de 6 cifras',
  'verify.codePosted.hint': 'Está en nuestra carta, bajo su número de referencia.',
  'verify.resendPostedHint':
    'Le enviamos un código nuevo por correo postal a la dirección que tenemos. El correo puede tardar varios días, y el código anterior deja de funcionar.',
  'verify.resendPostedButton': 'Enviarme un código nuevo',
  'verify.resentPosted': 'Le estamos enviando un código nuevo por correo postal.',
  'verify.code.label': 'Código de 6 cifras',
  'verify.code.hint': 'Lo encontrará en nuestro correo.',
  'verify.attemptsLeft': 'Le {count, plural, one {queda # intento} other {quedan # intentos}}.',
  'verify.moreLegend': 'Algunos datos más',
  'verify.moreHint':
    'Para proteger sus datos, los comparamos con los que ya tenemos. Solo los usamos para confirmar que es usted y después los borramos.',
  'verify.name': 'Nombre completo',
  'verify.phone': 'Teléfono',
  'verify.line1': 'Dirección, línea 1',
  'verify.postalCode': 'Código postal',
  'verify.lastOrderNumber.label': 'Número de su pedido más reciente',
  'verify.lastOrderNumber.hint': 'Aparece en el correo de confirmación de su pedido.',
  'verify.declarationLegend': 'Su declaración',
  'verify.declaration.label':
    'Declaro bajo pena de perjurio, según las leyes del Estado de California, que soy la persona a la que se refiere esta solicitud o su representante autorizado.',
  'verify.declaration.hint':
    'La ley de California lo exige antes de enviarle una copia de sus datos. Lo guardamos con su solicitud.',
  'verify.submit': 'Confirmar',
  'verify.wrongCode':
    'Ese código no es correcto. Le {attemptsLeft, plural, one {queda # intento} other {quedan # intentos}}.',
  'verify.expired': 'Su código ha caducado. Pida uno nuevo más abajo.',
  'verify.tooManyAttempts':
    'Se escribió un código equivocado demasiadas veces, así que hemos pausado esta comprobación para proteger sus datos.',
  'verify.tryAgain': 'Puede volver a intentarlo {when}.',
  'verify.resendHeading': '¿No recibió el código?',
  'verify.resendHint':
    'Le enviaremos un código nuevo al correo electrónico que nos dio. El código anterior dejará de funcionar.',
  'verify.resendButton': 'Enviar un código nuevo',
  'verify.resent': 'Le hemos enviado un código nuevo.',
  'confirmLink.title': 'Confirme que es usted',
  'confirmLink.intro':
    'Abrió el enlace de nuestro correo. Pulse el botón para confirmar que esta solicitud es suya.',
  'confirmLink.why':
    'Le pedimos que pulse el botón para que los programas que revisan los enlaces de los correos no puedan confirmar por usted.',
  'confirmLink.button': 'Confirmar que soy yo',
  'confirmLink.notYou': '¿No lo pidió usted? Cierre esta página. No pasará nada.',
  'confirmLink.done': 'Gracias. Ha confirmado que es usted.',
  'confirmLink.needsMore':
    'Gracias. Para terminar, abra la página de nuestro correo donde se escribe el código y añada los pocos datos que le pide.',
  'status.title': 'Su solicitud',
  'status.referenceLabel': 'Número de referencia',
  'status.typeLabel': 'Solicitud',
  'status.statusLabel': 'Estado',
  'status.dueLabel': 'Fecha límite de respuesta',
  'status.timeLeftLabel': 'Tiempo restante',
  'status.timelineHeading': 'Lo que ha pasado hasta ahora',
  'status.timelineWhen': 'Cuándo',
  'status.timelineWhat': 'Qué pasó',
  'status.timelineEmpty': 'Nada todavía.',
  'status.nextHeading': 'Qué pasa ahora',
  'status.answerMailDelayed':
    'Su respuesta está lista; nuestro correo electrónico para usted se está retrasando. Seguimos intentándolo y se lo enviaremos en cuanto podamos.',
  'status.downloadsHeading': 'Sus datos',
  'status.downloadsIntro':
    'Sus archivos están listos. Para protegerlos, le enviamos por correo un código de un solo uso antes de la descarga. La descarga está disponible durante un tiempo limitado.',
  'status.downloadsLink': 'Descargar sus datos',
  'status.verifyLink': 'Escribir su código',
  'status.denialHeading': 'Por qué no pudimos hacerlo',
  'status.denialReason': 'Motivo',
  'status.denialNote': 'Más detalles',
  'status.appealHeading': '¿No está de acuerdo con nuestra respuesta?',
  'status.appealIntro':
    'Puede pedirnos que revisemos su solicitud otra vez. Esto se llama apelación.',
  'status.appealLink': 'Apelar nuestra decisión',
  'status.progressHeading': 'Cómo avanza el trabajo',
  'status.progressIntro':
    'Atendemos su solicitud en todos los lugares donde guardamos sus datos y avisamos a las empresas que los guardan por nosotros.',
  'status.progressWhere': 'Dónde',
  'status.progressState': 'Avance',
  'status.progressOurRecords':
    '{hasSystem, select, yes {Nuestros registros ({system})} other {Todos nuestros registros}}',
  'status.progressStates.done': 'Hecho',
  'status.progressStates.working': 'En curso',
  'status.progressStates.waiting_recipient': 'Les avisamos y esperamos su confirmación',
  'status.progressStates.waiting_staff': 'Nuestro personal lo está haciendo a mano',
  'status.progressStates.delayed': 'Con retraso; nuestro personal lo está revisando',
  'status.timelineActions.verification.code_sent': 'Le enviamos un código por correo',
  'status.timelineActions.verification.email_confirmed':
    'Confirmó su dirección de correo electrónico',
  'status.timelineActions.verification.code_posted': 'Le enviamos un código por correo postal',
  'status.timelineActions.verification.posted_code_confirmed':
    'Confirmó el código de nuestra carta',
  'status.timelineActions.verification.wrong_code': 'Se escribió un código equivocado',
  'status.timelineActions.verification.needs_more': 'Le pedimos algunos datos más',
  'status.timelineActions.agent.authorization_received':
    'Recibimos el permiso firmado de su representante',
  'status.timelineActions.notice.rendered': 'Le escribimos',
  'status.timelineActions.download.code_sent': 'Le enviamos un código para descargar sus datos',
  'status.timelineActions.access.downloaded': 'Se descargaron sus datos',
  'download.title': 'Descargar sus datos',
  'download.intro':
    'Sus datos están listos en un archivo ZIP. Para protegerlos, primero le enviamos por correo un código de un solo uso, y la descarga solo funciona durante poco tiempo después de escribirlo.',
  'download.availableUntil': 'Puede descargarlos hasta el {date}.',
  'download.contents':
    'El archivo ZIP contiene un informe (report.html) que explica qué datos tenemos, para qué, quién los recibe y cuánto tiempo los conservamos, y sus datos en archivos JSON y CSV que pueden abrir los programas y las hojas de cálculo.',
  'download.sendHeading': 'Obtener un código',
  'download.sendHint':
    'Enviaremos un código de 6 cifras a la dirección que nos dio. Es válido durante {minutes, plural, one {# minuto} other {# minutos}}. Cualquier código anterior deja de funcionar.',
  'download.sendButton': 'Enviarme un código',
  'download.sendAgainButton': 'Enviarme un código nuevo',
  'download.sent': 'Le enviamos un código. Escríbalo abajo.',
  'download.code.label': 'Código de 6 cifras',
  'download.code.hint': 'Lo encontrará en nuestro correo.',
  'download.submit': 'Continuar',
  'download.wrongCode':
    'Ese código no es correcto. Le {attemptsLeft, plural, one {queda # intento} other {quedan # intentos}}.',
  'download.expiredCode': 'Su código ha caducado o fue sustituido. Pida uno nuevo.',
  'download.tooManyAttempts':
    'El código se escribió mal demasiadas veces y dejó de funcionar para proteger sus datos. Pida uno nuevo.',
  'download.readyHeading': 'Su descarga está lista',
  'download.readyHint':
    'El botón funciona durante {minutes, plural, one {# minuto} other {# minutos}}. Después, pida un código nuevo.',
  'download.downloadButton': 'Descargar sus datos (ZIP)',
  'download.goneTitle': 'Su descarga ha caducado',
  'download.goneBody':
    'Para proteger sus datos, solo los mantenemos listos para descargar durante un tiempo limitado. Puede hacer una nueva solicitud de acceso cuando quiera; es gratuita.',
  'download.backToStatus': 'Volver a su solicitud',
  'find.title': 'Buscar mi solicitud',
  'find.intro':
    '¿Ha perdido el correo con el enlace a su solicitud? Escriba su número de referencia y la dirección de correo electrónico que nos dio. Si coinciden con una solicitud, le enviamos por correo un código que la abre.',
  'find.reference.label': 'Número de referencia',
  'find.reference.hint':
    'Tiene este aspecto: RD-7K3M-Q9XD. Lo encontrará en nuestros correos y cartas.',
  'find.email.label': 'Correo electrónico',
  'find.email.hint': 'La dirección que nos dio al enviar la solicitud.',
  'find.submit': 'Enviarme un código',
  'find.postHeading': '¿Le respondemos por correo postal?',
  'find.post':
    'Si envió su solicitud por correo postal o no nos dio una dirección de correo electrónico, no podemos enviarle un código por correo electrónico: use el código de nuestra carta, o escríbanos a la dirección de abajo, o escriba a nuestro equipo de atención, con su número de referencia y su nombre completo, y le diremos por correo postal cómo va su solicitud.',
  'find.sentTitle': 'Revise su correo',
  'find.sent':
    'Si el número de referencia y la dirección de correo que nos dio coinciden con una solicitud, hemos enviado un código de 6 cifras a esa dirección. Es válido durante 15 minutos. Si no le llega, revise la referencia y la dirección y vuelva a intentarlo.',
  'find.code.label': 'Código de 6 cifras',
  'find.code.hint': 'Lo encontrará en nuestro correo.',
  'find.codeSubmit': 'Abrir mi solicitud',
  'find.newLink':
    'El código abre la página de su solicitud con una dirección nueva. Guárdela en sus marcadores: el enlace de nuestro primer correo deja de funcionar.',
  'find.wrongCode':
    'Ese código no es correcto o ha dejado de funcionar. Revíselo o pida un código nuevo.',
  'find.notReceivedHeading': '¿No le ha llegado?',
  'find.notReceived':
    'Puede tardar unos minutos y puede estar en la carpeta de correo no deseado. El código solo se envía a la dirección que dio con su solicitud.',
  'find.startAgain': 'Pedir un código nuevo',
  'find.lostLink': '¿Ha perdido el enlace a su solicitud, o ya no funciona?',
  'find.link': 'Buscar mi solicitud con su número de referencia',
  'find.postedLink': '¿Ha recibido una carta nuestra con un código? Escríbalo aquí',
  'posted.title': 'Escriba el código de nuestra carta',
  'posted.intro':
    'No tenemos una dirección de correo electrónico suya, así que le enviamos por correo postal una carta con un código de 6 cifras. Escriba su número de referencia y ese código para confirmar que la solicitud es suya y ver cómo avanza. Puede volver con ellos mientras el código sea válido.',
  'posted.code.label': 'Código de 6 cifras',
  'posted.code.hint': 'Está en la carta que le enviamos, bajo su número de referencia.',
  'posted.submit': 'Abrir mi solicitud',
  'posted.wrongCode':
    'Ese número de referencia y ese código no abren ninguna solicitud, o el código ha dejado de funcionar. Compruebe ambos con nuestra carta, o llámenos o escríbanos para pedir un código nuevo.',
  'posted.newCodeHeading': '¿Ha perdido el código, o ya no funciona?',
  'posted.newCodeHint':
    'Escriba su número de referencia y le enviaremos por correo postal un código nuevo a la dirección que tenemos para su solicitud. El correo puede tardar varios días, y el código anterior deja de funcionar.',
  'posted.newCodeButton': 'Enviarme un código nuevo',
  'posted.newCodeSent':
    'Si ese número de referencia corresponde a una solicitud que espera un código, le estamos enviando un código nuevo por correo postal a la dirección que tenemos.',
  'posted.noLetterHeading': '¿Aún no ha recibido la carta?',
  'posted.noLetter':
    'El correo postal puede tardar varios días. Si no llega, o prefiere no usar esta página, llámenos y léanos su número de referencia y el código, o escríbanos a la dirección de abajo.',
  ...denialReasonEntries('es', 'denialReasons', '.'),
  ...statusWordEntries('es', 'person', 'statusLabels'),
  // Una retirada tiene efecto en seguida (art. 7.3 RGPD): su página lo dice, no "aprobada".
  'statusNextWithdrawal.awaiting_review':
    'Nuestro equipo de privacidad revisa cada retirada antes de aplicarla. Le escribiremos en cuanto esté hecha.',
  'statusNextWithdrawal.approved':
    'Su retirada ya tiene efecto. Ahora la estamos aplicando en cada sistema que guarda sus datos. Usted no tiene que hacer nada.',
  'statusNextWithdrawal.in_progress':
    'Su retirada ya tiene efecto. La estamos aplicando en cada sistema que guarda sus datos y avisando a las empresas que trabajan para nosotros. Usted no tiene que hacer nada.',
  'statusNextWithdrawal.completed':
    'Hecho: hemos dejado de hacer lo que nos pidió, en todos los sistemas que lo guardaban, y se lo hemos comunicado a las empresas que trabajan para nosotros. Le hemos enviado un correo. Lo que hicimos antes de su retirada sigue siendo lícito.',
  ...statusWordEntries('es', 'personWithdrawal', 'statusLabelsWithdrawal'),
  'statusNext.received': 'Tenemos su solicitud. Ahora le pediremos que confirme que es usted.',
  'statusNext.pending_verification':
    'Escriba el código que le enviamos por correo. No podemos empezar hasta entonces. Si no lo confirma a tiempo, la solicitud caduca y puede enviar una nueva.',
  'statusNext.verified': 'Gracias por confirmarlo. Ahora nuestro equipo revisará su solicitud.',
  'statusNext.awaiting_review':
    'Una persona de nuestro equipo de privacidad está revisando su solicitud. Le avisaremos si necesitamos algo más.',
  'statusNext.needs_info':
    'Le escribimos para pedirle más información. Respóndanos, por favor, para poder seguir.',
  'statusNext.approved': 'Su solicitud está aprobada. Empezaremos a trabajar en ella en breve.',
  'statusNext.in_progress':
    'Estamos atendiendo su solicitud en cada sistema que tiene sus datos. Le avisaremos cuando esté terminada.',
  'statusNext.failed':
    'Algo salió mal por nuestra parte. Nuestro equipo lo sabe y lo arreglará. Usted no tiene que hacer nada.',
  'statusNext.cancelled': 'Esta solicitud se canceló. Puede enviar una nueva cuando quiera.',
  'statusNext.expired':
    'Esta solicitud caducó porque no se confirmó a tiempo. Puede enviar una nueva cuando quiera.',
  'appeal.title': 'Apelar nuestra decisión',
  'appeal.intro':
    'Díganos por qué cree que nuestra respuesta es incorrecta. Una persona que no tomó la primera decisión la revisará de nuevo.',
  'appeal.referenceLabel': 'Número de referencia',
  'appeal.reason.label': '¿Por qué no está de acuerdo?',
  'appeal.reason.hint': 'Cuéntenos qué esperaba y en qué cree que nos equivocamos.',
  'appeal.deadlineHeading': 'Cuándo le responderemos',
  'appeal.complaintHeading': 'Si seguimos diciendo que no',
  'status.lawHeading': 'La ley que le protege',
  'status.lawApplies': 'Tramitamos su solicitud conforme al {law}.',
  'status.lawPolicy':
    'Ninguna ley de privacidad del lugar donde vive se aplica a su solicitud, así que la tramitamos conforme a nuestra política de privacidad, con el mismo cuidado y los mismos plazos.',
  'status.lawCourtesy':
    'El {law} no le da derecho a {right, select, access {ver sus datos} correct {que se corrijan sus datos} delete {que se supriman sus datos} other {retirar su consentimiento}}. Aun así lo haremos, como nuestra política de privacidad promete a todas las personas, y le responderemos a más tardar en la fecha indicada arriba.',
  'status.lawComplain':
    'Si no está conforme con cómo la tramitamos, puede presentar una reclamación ante {authorities}.',
  'status.complain': 'Puede presentar una reclamación ante {authorities}.',
  'status.court': 'También tiene derecho a acudir a los tribunales.',
  'status.appealClock':
    'El {law} le da este derecho. Le respondemos en un plazo de {period} desde que recibimos su apelación.',
  'status.appealUntil': 'Puede apelar hasta el {when}.',
  'status.appealEnded':
    'El plazo para apelar terminó el {when}. Si no está conforme con nuestra respuesta, puede presentar una reclamación ante {authorities}.',
  'appeal.deadline':
    'El {law} nos da {period} desde que recibimos su apelación para responderle, con nuestros motivos.',
  'appeal.deadlineExtension':
    'Si necesitamos más tiempo, podemos tardar hasta {period} más y le diremos por qué.',
  'appeal.complaint':
    'Si seguimos diciendo que no, puede presentar una reclamación ante {authorities}.',
  'law.period':
    '{unit, select, months {{amount, plural, one {un mes} other {# meses}}} business_days {{amount, plural, one {# día hábil} other {# días hábiles}}} other {{amount, plural, one {# día} other {# días}}}}',
  'statusNext.completed': 'Su solicitud está terminada y le hemos enviado nuestra respuesta.',
  'statusNext.denied': 'No pudimos hacer lo que pidió. El motivo está más abajo.',
  'appeal.submit': 'Enviar apelación',
  'appeal.backToStatus': 'Volver a su solicitud',
  'reply.heading': 'Necesitamos más información',
  'reply.intro': 'Responda a nuestra pregunta para que podamos continuar con su solicitud.',
  'reply.answer.label': 'Su respuesta',
  'reply.answer.hint': 'Escriba lo que le pedimos. Puede enviar un documento con ella.',
  'reply.document.label': 'Adjuntar un documento (opcional)',
  'reply.document.hint': 'Un archivo PDF, JPEG o PNG, de 10 MB como máximo.',
  'reply.documentWrongType': 'El archivo debe ser PDF, JPEG o PNG.',
  'reply.documentTooLarge': 'El archivo debe ocupar 10 MB como máximo.',
  'reply.submit': 'Enviar su respuesta',
  'reply.weAsked': 'Le preguntamos el {date}: {text}',
  'reply.youWrote': 'Usted escribió el {date}: {text}',
  'error.backHome': 'Ir a la página de inicio del centro de privacidad',
  'error.notFound.title': 'No encontramos esta página',
  'error.notFound.body':
    'Revise la dirección. Si siguió un enlace de uno de nuestros correos, puede que esté incompleto.',
  'error.gone.title': 'Este enlace ha caducado',
  'error.gone.body':
    'Para proteger sus datos, los enlaces de nuestros correos dejan de funcionar pasado un tiempo. Use nuestro correo más reciente o envíe una nueva solicitud.',
  'error.tooManyRequests.title': 'Demasiados intentos',
  'error.tooManyRequests.body': 'Para proteger sus datos, hemos pausado esto durante un rato.',
  'error.tooManyRequests.retry': 'Vuelva a intentarlo {when}, por favor.',
  'error.badRequest.title': 'Algo salió mal con esa página',
  'error.badRequest.body':
    'Vuelva atrás e inténtelo de nuevo. Si sigue pasando, escríbanos por correo postal.',
  'error.tooLarge.title': 'Era demasiado grande',
  'error.tooLarge.body':
    'El archivo o el texto que envió supera lo que aceptamos. Los archivos pueden ocupar hasta 5 MB. Vuelva atrás e inténtelo de nuevo.',
  'error.malformedText.title': 'No pudimos leer parte de lo que escribió',
  'error.malformedText.body':
    'Algo de lo que escribió contiene un carácter que no podemos aceptar, como un carácter de control invisible, a menudo al copiar y pegar. Vuelva atrás, escriba ese texto de nuevo y envíelo.',
  'error.conflict.title': 'Esto no se puede hacer ahora',
  'error.conflict.body':
    'Su solicitud ha avanzado desde que abrió esta página, o esto ya se hizo. Abra su solicitud de nuevo para ver en qué punto está.',
  'error.unavailable.title': 'No estamos disponibles por un momento',
  'error.unavailable.body':
    'Ahora mismo no podemos acceder a nuestros registros, así que no se ha guardado nada de esta página.',
  'error.generic.title': 'Lo sentimos, algo salió mal por nuestra parte',
  'error.generic.body':
    'Inténtelo de nuevo dentro de unos minutos. Si sigue pasando, escríbanos por correo postal.',
  'purposes.marketing_email.label': 'Correos de publicidad',
  'purposes.marketing_email.hint': 'Boletines, ofertas y promociones por correo electrónico.',
  'purposes.marketing_sms.label': 'Mensajes de texto de publicidad',
  'purposes.marketing_sms.hint': 'Ofertas y promociones por SMS.',
  'purposes.personalization.label': 'Recomendaciones personalizadas',
  'purposes.personalization.hint': 'Sugerencias según lo que compró y miró.',
  'purposes.analytics.label': 'Analítica',
  'purposes.analytics.hint': 'Medir cómo usa nuestro sitio web.',
  'purposes.third_party_sharing.label': 'Compartir con socios',
  'purposes.third_party_sharing.hint': 'Compartir sus datos con otras empresas, como usted aceptó.',
  'correctableFields.first_name': 'Nombre',
  'correctableFields.last_name': 'Apellidos',
  'correctableFields.phone': 'Teléfono',
  'correctableFields.display_name': 'Nombre visible',
  'correctableFields.date_of_birth': 'Fecha de nacimiento',
  'correctableFields.preferred_language': 'Idioma preferido',
  'correctableFields.bio': 'Descripción del perfil',
  'correctableFields.avatar_url': 'Foto de perfil',
  'correctableFields.interests': 'Intereses',
  'correctableFields.recipient': 'Nombre en una dirección guardada',
  'correctableFields.line1': 'Dirección, línea 1',
  'correctableFields.line2': 'Dirección, línea 2',
  'correctableFields.city': 'Ciudad o localidad',
  'correctableFields.region': 'Estado, provincia o región',
  'correctableFields.postal_code': 'Código postal',
  'correctableFields.country': 'País',
  'correctableFields.reviewer_name': 'Nombre que aparece en sus reseñas',
  'usStates.AL': 'Alabama',
  'usStates.AK': 'Alaska',
  'usStates.AZ': 'Arizona',
  'usStates.AR': 'Arkansas',
  'usStates.CA': 'California',
  'usStates.CO': 'Colorado',
  'usStates.CT': 'Connecticut',
  'usStates.DE': 'Delaware',
  'usStates.DC': 'Distrito de Columbia',
  'usStates.FL': 'Florida',
  'usStates.GA': 'Georgia',
  'usStates.HI': 'Hawái',
  'usStates.ID': 'Idaho',
  'usStates.IL': 'Illinois',
  'usStates.IN': 'Indiana',
  'usStates.IA': 'Iowa',
  'usStates.KS': 'Kansas',
  'usStates.KY': 'Kentucky',
  'usStates.LA': 'Luisiana',
  'usStates.ME': 'Maine',
  'usStates.MD': 'Maryland',
  'usStates.MA': 'Massachusetts',
  'usStates.MI': 'Míchigan',
  'usStates.MN': 'Minnesota',
  'usStates.MS': 'Misisipi',
  'usStates.MO': 'Misuri',
  'usStates.MT': 'Montana',
  'usStates.NE': 'Nebraska',
  'usStates.NV': 'Nevada',
  'usStates.NH': 'New Hampshire',
  'usStates.NJ': 'Nueva Jersey',
  'usStates.NM': 'Nuevo México',
  'usStates.NY': 'Nueva York',
  'usStates.NC': 'Carolina del Norte',
  'usStates.ND': 'Dakota del Norte',
  'usStates.OH': 'Ohio',
  'usStates.OK': 'Oklahoma',
  'usStates.OR': 'Oregón',
  'usStates.PA': 'Pensilvania',
  'usStates.RI': 'Rhode Island',
  'usStates.SC': 'Carolina del Sur',
  'usStates.SD': 'Dakota del Sur',
  'usStates.TN': 'Tennessee',
  'usStates.TX': 'Texas',
  'usStates.UT': 'Utah',
  'usStates.VT': 'Vermont',
  'usStates.VA': 'Virginia',
  'usStates.WA': 'Washington',
  'usStates.WV': 'Virginia Occidental',
  'usStates.WI': 'Wisconsin',
  'usStates.WY': 'Wyoming',
  'validation.required': 'Rellene este dato.',
  'validation.tooLong': 'Es demasiado largo. Acórtelo, por favor.',
  'validation.invalid': 'Esto no parece correcto. Revíselo, por favor.',
  'validation.chooseOne': 'Elija una de las opciones.',
  'validation.email': 'Escriba un correo electrónico como nombre@ejemplo.com.',
  'validation.phone': 'Escriba un teléfono con cifras, espacios, paréntesis, + o -.',
  'validation.country': 'Elija un país de la lista.',
  'validation.rightNotGiven':
    'La ley de privacidad del lugar donde vive no da este derecho, y solo atendemos los derechos que esa ley da. Escríbanos si cree que es un error.',
  'validation.region': 'Elija un estado de la lista.',
  'validation.postalAddressForPostal':
    'Escriba su dirección postal, o elija recibir nuestra respuesta por correo electrónico.',
  'validation.correctionsMin': 'Elija al menos una cosa que corregir.',
  'validation.correctionField': 'Elija de la lista la información que hay que corregir.',
  'validation.purposesMin': 'Elija al menos una cosa que detener.',
  'validation.agentAuthorization': 'Suba el permiso que firmó la persona.',
  'validation.agentAuthorizationType': 'El archivo debe ser un PDF, JPG o PNG.',
  'validation.reference':
    'Escriba el número de referencia tal como aparece, por ejemplo RD-7K3M-Q9XD.',
  'validation.code': 'Escriba el código de 6 cifras de nuestro correo.',
  'validation.declaration': 'Marque la casilla para hacer la declaración.',
};

import { Messages } from './messages';
import { US_STATE_NAMES } from './us-states';

// Neutral Spanish with "usted", understood in Mexico, Spain and the US alike.
export const es = {
  lang: 'es',
  languageName: 'Español',

  layout: {
    siteName: 'Centro de privacidad',
    skipLink: 'Saltar al contenido principal',
    navLabel: 'Centro de privacidad',
    languageNavLabel: 'Idioma',
    home: 'Inicio',
    footerNoSale: 'No vendemos su información personal.',
    footerFree: 'Ejercer sus derechos de privacidad es gratis.',
  },

  form: {
    required: '(obligatorio)',
    optional: '(opcional)',
    choose: 'Elija…',
    errorSummaryTitle: 'Hay un problema',
    errorPrefix: 'Error:',
    titleErrorPrefix: 'Error:',
  },

  requestTypes: {
    access: {
      title: 'Ver sus datos',
      summary:
        'Reciba una copia de la información personal que tenemos sobre usted, o una lista de los tipos de información que tenemos.',
    },
    correct: {
      title: 'Corregir sus datos',
      summary: 'Corrija o actualice información sobre usted que está mal, incompleta o anticuada.',
    },
    delete: {
      title: 'Borrar sus datos',
      summary:
        'Pídanos que borremos la información personal que tenemos sobre usted. Solo guardamos lo que la ley nos obliga a guardar.',
    },
    withdraw_consent: {
      title: 'Retirar su consentimiento',
      summary:
        'Detenga lo que aceptó, como correos de publicidad, mensajes de texto o recomendaciones personalizadas.',
    },
    appeal: {
      title: 'Apelar nuestra decisión',
      summary: 'Pídanos que revisemos otra vez una solicitud rechazada o completada.',
    },
  },

  home: {
    title: 'Sus derechos de privacidad',
    intro:
      'Recogemos información cuando visita nuestra tienda o nos compra: por ejemplo su nombre, correo, dirección, pedidos, datos de pago y cómo usa nuestro sitio web. Puede pedirnos que se la mostremos, que la corrijamos, que la borremos o que dejemos de usarla para lo que usted aceptó.',
    chooseHeading: '¿Qué desea hacer?',
    noSaleHeading: 'No vendemos sus datos',
    noSale: 'No vendemos su información personal, y nunca lo hemos hecho.',
    howHeading: 'Cómo funciona',
    noAccount: 'No necesita una cuenta. Solo rellene un formulario corto.',
    free: 'Es gratis.',
    identity:
      'Para proteger sus datos, comprobamos que es usted antes de actuar. Normalmente le enviamos por correo un código de 6 cifras. Para una copia completa de sus datos o para borrarlos, podemos pedirle algunos datos más que ya tenemos, como su teléfono o el número de su último pedido. Para retirar su consentimiento no hace falta comprobar nada.',
    timing:
      'Le confirmamos que recibimos su solicitud y le respondemos en el plazo que marca la ley, normalmente 45 días en EE. UU. o un mes en Europa. Verá la fecha en la página de estado de su solicitud.',
    agentHeading: '¿Lo pide para otra persona?',
    agent:
      'Un representante autorizado puede enviar una solicitud en nombre de otra persona. Use los mismos formularios y suba el permiso firmado por esa persona.',
    postHeading: '¿Prefiere escribirnos por correo postal?',
    post: 'También puede enviar su solicitud por correo postal a:',
    postInclude:
      'Díganos qué quiere que hagamos, su nombre completo y un correo electrónico o una dirección postal donde podamos responderle.',
    supportEmail: 'O escriba a nuestro equipo de atención al cliente:',
    statusHeading: '¿Ya envió una solicitud?',
    status:
      'Use el enlace del correo que le enviamos para ver cómo va, escribir su código o descargar sus datos.',
  },

  requestForm: {
    intro: {
      access:
        'Díganos quién es y qué le gustaría recibir. Buscaremos la información que tenemos sobre usted en todos nuestros sistemas.',
      correct:
        'Díganos quién es y qué está mal. Lo corregiremos en todos los lugares donde lo guardamos y avisaremos a las empresas que nos ayudan con la tienda.',
      delete:
        'Díganos quién es. Borraremos su información en todos los lugares donde la guardamos y avisaremos a las empresas que nos ayudan con la tienda.',
      withdraw_consent:
        'Díganos quién es y qué quiere que dejemos de hacer. Lo detenemos en seguida, sin más comprobaciones.',
    },
    aboutYouHeading: 'Sobre usted',
    aboutYouHint:
      'Usamos estos datos para encontrar su información, comprobar que es usted y responderle. No los usamos para nada más.',
    email: {
      label: 'Correo electrónico',
      hint: 'Use el correo que usa con nuestra tienda. Le enviaremos un código para comprobar que es usted.',
    },
    name: { label: 'Nombre completo' },
    phone: {
      label: 'Teléfono',
      hint: 'Nos ayuda a encontrar sus datos. Incluya el prefijo del país si vive fuera de EE. UU.',
    },
    addressLegend: 'Dirección postal',
    addressHint:
      'Hace falta si quiere nuestra respuesta por correo postal. También nos ayuda a encontrar sus datos.',
    line1: 'Dirección, línea 1',
    line2: 'Dirección, línea 2',
    city: 'Ciudad o localidad',
    region: 'Estado, provincia o región',
    postalCode: 'Código postal',
    country: 'País',
    residenceLegend: 'Dónde vive',
    residenceHint:
      'Así sabemos qué ley de privacidad se aplica y cuánto tiempo tenemos para responder.',
    residenceCountry: 'País',
    residenceCountryOther: 'Otro país, o prefiero no decirlo',
    residenceRegion: { label: 'Estado de EE. UU.', hint: 'Solo si vive en Estados Unidos.' },
    residenceRegionNone: 'No vivo en EE. UU.',
    answerLegend: '¿Cómo quiere que le respondamos?',
    answerEmail: 'Por correo electrónico',
    answerPostal: {
      label: 'Por correo postal',
      hint: 'Rellene su dirección postal más arriba.',
    },
    scopeLegend: '¿Qué le gustaría recibir?',
    scopeCategories: {
      label: 'Una lista de los tipos de información que tenemos sobre usted',
      hint: 'Por ejemplo datos de contacto, pedidos o visitas al sitio web, con para qué los usamos, con quién los compartimos y cuánto tiempo los guardamos.',
    },
    scopeCopy: {
      label: 'Una copia completa de sus datos',
      hint: 'Archivos que puede abrir y reutilizar (JSON y CSV) y un informe fácil de leer. Le pediremos algunos datos más para asegurarnos de que es usted.',
    },
    correctionsLegend: '¿Qué hay que corregir?',
    correctionsHint:
      'Elija la información que está mal y escriba el valor correcto. Puede corregir hasta 5 cosas a la vez. Para cambiar su correo electrónico, cámbielo en su cuenta.',
    correctionRow: (number) => `Corrección ${number}`,
    correctionField: 'Información que hay que corregir',
    correctionValue: 'Valor correcto',
    reason: {
      label: '¿Por qué hay que corregirlo?',
      hint: 'Cualquier cosa que nos ayude a comprobarlo, por ejemplo dónde vio el valor equivocado.',
    },
    purposesLegend: '¿Qué debemos dejar de hacer?',
    purposesHint:
      'Elija una o varias opciones. Retirarlo es tan fácil como fue aceptarlo. Lo que hicimos antes de que lo retirara sigue siendo legal.',
    purposesAll: { label: 'Todo lo que acepté', hint: 'Detiene todo lo que aparece debajo.' },
    deleteHeading: 'Antes de pedirnos que borremos',
    deletePoints: [
      'El borrado no se puede deshacer. Borramos su cuenta, su perfil, sus direcciones guardadas, sus reseñas, comentarios, visitas al sitio web, recomendaciones y preferencias de publicidad.',
      'Ya no podrá iniciar sesión ni ver sus pedidos anteriores.',
      'La ley nos obliga a guardar algunos registros: los pedidos y los pagos se guardan 7 años por motivos fiscales y contables. No los usamos para nada más.',
      'Guardamos una nota breve de que lo pidió, para que sus datos no vuelvan a añadirse por error, por ejemplo a nuestra lista de correo.',
      'También pedimos a las empresas que tratan datos por nosotros que los borren.',
    ],
    deleteAlternative: '¿Solo quiere recibir menos mensajes? Retire su consentimiento.',
    agentSummary: 'Soy un representante autorizado que actúa en nombre de esta persona',
    agentHint:
      'Si envía esta solicitud en nombre de otra persona, rellene arriba los datos de esa persona y díganos aquí quién es usted. Puede que la persona tenga que confirmar la solicitud, salvo que usted tenga un poder notarial.',
    agentName: { label: 'Su nombre completo (representante)' },
    agentEmail: { label: 'Su correo electrónico (representante)' },
    agentAuthorization: {
      label: 'Permiso firmado por la persona',
      hint: 'Un PDF o una foto (JPG o PNG) del permiso que firmó la persona.',
    },
    agentFileAgain: 'Si ya había elegido un archivo, vuelva a elegirlo, por favor.',
    agentPowerOfAttorney: {
      label: 'Es un poder notarial',
      hint: 'No lo necesita. Si lo tiene, la persona no tiene que confirmar la solicitud.',
    },
    submit: 'Enviar solicitud',
    privacyNote: 'Usamos estos datos solo para atender su solicitud y comprobar quién es usted.',
  },

  submitted: {
    title: 'Solicitud enviada',
    referenceLabel: 'Su número de referencia',
    codeSent: (email) => `Hemos enviado un código de 6 cifras a ${email}.`,
    codeNext: 'Escríbalo para confirmar que es usted. No podemos empezar hasta entonces.',
    verifyLink: 'Escribir su código',
    noVerification:
      'Para esta solicitud no necesitamos comprobar quién es usted, así que ya hemos empezado.',
    nextHeading: 'Qué pasa ahora',
    nextVerify: 'Usted confirma que es usted con el código.',
    nextSearch: 'Buscamos sus datos en todos los sistemas que usamos.',
    nextAnswer: (due) => `Le respondemos como muy tarde el ${due}.`,
    noEmail:
      '¿No le llegó el correo? Mire en la carpeta de correo no deseado. Puede pedir un código nuevo en la página donde se escribe.',
    statusLink: 'Ver el estado de su solicitud',
    keepReference:
      'Guarde su número de referencia. Lo necesitará si se pone en contacto con nosotros.',
  },

  verify: {
    title: 'Confirme que es usted',
    intro: 'Escriba el código de 6 cifras que le enviamos por correo electrónico.',
    code: { label: 'Código de 6 cifras', hint: 'Lo encontrará en nuestro correo.' },
    attemptsLeft: (count) => `Le ${count === 1 ? 'queda 1 intento' : `quedan ${count} intentos`}.`,
    moreLegend: 'Algunos datos más',
    moreHint:
      'Para proteger sus datos, los comparamos con los que ya tenemos. Solo los usamos para confirmar que es usted y después los borramos.',
    name: 'Nombre completo',
    phone: 'Teléfono',
    line1: 'Dirección, línea 1',
    postalCode: 'Código postal',
    lastOrderNumber: {
      label: 'Número de su pedido más reciente',
      hint: 'Aparece en el correo de confirmación de su pedido.',
    },
    declarationLegend: 'Su declaración',
    declaration: {
      label:
        'Declaro bajo pena de perjurio, según las leyes del Estado de California, que soy la persona a la que se refiere esta solicitud o su representante autorizado.',
      hint: 'La ley de California lo exige antes de enviarle una copia de sus datos. Lo guardamos con su solicitud.',
    },
    submit: 'Confirmar',
    wrongCode: (attemptsLeft) =>
      `Ese código no es correcto. Le ${attemptsLeft === 1 ? 'queda 1 intento' : `quedan ${attemptsLeft} intentos`}.`,
    expired: 'Su código ha caducado. Pida uno nuevo más abajo.',
    tooManyAttempts:
      'Se escribió un código equivocado demasiadas veces, así que hemos pausado esta comprobación para proteger sus datos.',
    tryAgain: (when) => `Puede volver a intentarlo ${when}.`,
    resendHeading: '¿No recibió el código?',
    resendHint:
      'Le enviaremos un código nuevo al correo electrónico que nos dio. El código anterior dejará de funcionar.',
    resendButton: 'Enviar un código nuevo',
    resent: 'Le hemos enviado un código nuevo.',
  },

  confirmLink: {
    title: 'Confirme que es usted',
    intro:
      'Abrió el enlace de nuestro correo. Pulse el botón para confirmar que esta solicitud es suya.',
    why: 'Le pedimos que pulse el botón para que los programas que revisan los enlaces de los correos no puedan confirmar por usted.',
    button: 'Confirmar que soy yo',
    notYou: '¿No lo pidió usted? Cierre esta página. No pasará nada.',
    done: 'Gracias. Ha confirmado que es usted.',
    needsMore:
      'Gracias. Para terminar, abra la página de nuestro correo donde se escribe el código y añada los pocos datos que le pide.',
  },

  status: {
    title: 'Su solicitud',
    referenceLabel: 'Número de referencia',
    typeLabel: 'Solicitud',
    statusLabel: 'Estado',
    dueLabel: 'Fecha límite de respuesta',
    timeLeftLabel: 'Tiempo restante',
    timelineHeading: 'Lo que ha pasado hasta ahora',
    timelineWhen: 'Cuándo',
    timelineWhat: 'Qué pasó',
    timelineEmpty: 'Nada todavía.',
    nextHeading: 'Qué pasa ahora',
    downloadsHeading: 'Sus datos',
    downloadsIntro:
      'Sus archivos están listos. Para protegerlos, le enviamos por correo un código de un solo uso antes de la descarga. La descarga está disponible durante un tiempo limitado.',
    downloadsLink: 'Descargar sus datos',
    verifyLink: 'Escribir su código',
    denialHeading: 'Por qué no pudimos hacerlo',
    denialReason: 'Motivo',
    denialBasis: 'La ley en la que nos basamos',
    appealHeading: '¿No está de acuerdo con nuestra respuesta?',
    appealIntro: 'Puede pedirnos que revisemos su solicitud otra vez. Esto se llama apelación.',
    appealLink: 'Apelar nuestra decisión',
    progressHeading: 'Cómo avanza el trabajo',
    progressIntro:
      'Atendemos su solicitud en todos los lugares donde guardamos sus datos y avisamos a las empresas que los guardan por nosotros.',
    progressWhere: 'Dónde',
    progressState: 'Avance',
    progressOurRecords: (system) =>
      system ? `Nuestros registros (${system})` : 'Todos nuestros registros',
    progressStates: {
      done: 'Hecho',
      working: 'En curso',
      waiting_recipient: 'Les avisamos y esperamos su confirmación',
      waiting_staff: 'Nuestro personal lo está haciendo a mano',
      delayed: 'Con retraso; nuestro personal lo está revisando',
    },
    timelineActions: {
      'verification.code_sent': 'Le enviamos un código por correo',
      'verification.email_confirmed': 'Confirmó su dirección de correo electrónico',
      'verification.wrong_code': 'Se escribió un código equivocado',
      'verification.needs_more': 'Le pedimos algunos datos más',
      'agent.authorization_received': 'Recibimos el permiso firmado de su representante',
      'notice.rendered': 'Le escribimos',
      'download.code_sent': 'Le enviamos un código para descargar sus datos',
      'access.downloaded': 'Se descargaron sus datos',
    },
  },

  download: {
    title: 'Descargar sus datos',
    intro:
      'Sus datos están listos en un archivo ZIP. Para protegerlos, primero le enviamos por correo un código de un solo uso, y la descarga solo funciona durante poco tiempo después de escribirlo.',
    availableUntil: (date) => `Puede descargarlos hasta el ${date}.`,
    contents:
      'El archivo ZIP contiene un informe (report.html) que explica qué datos tenemos, para qué, quién los recibe y cuánto tiempo los conservamos, y sus datos en archivos JSON y CSV que pueden abrir los programas y las hojas de cálculo.',
    sendHeading: 'Obtener un código',
    sendHint: (minutes) =>
      `Enviaremos un código de 6 cifras a la dirección que nos dio. Es válido durante ${minutes} minutos. Cualquier código anterior deja de funcionar.`,
    sendButton: 'Enviarme un código',
    sendAgainButton: 'Enviarme un código nuevo',
    sent: 'Le enviamos un código. Escríbalo abajo.',
    code: { label: 'Código de 6 cifras', hint: 'Lo encontrará en nuestro correo.' },
    submit: 'Continuar',
    wrongCode: (attemptsLeft) =>
      `Ese código no es correcto. Le ${attemptsLeft === 1 ? 'queda 1 intento' : `quedan ${attemptsLeft} intentos`}.`,
    expiredCode: 'Su código ha caducado o fue sustituido. Pida uno nuevo.',
    tooManyAttempts:
      'El código se escribió mal demasiadas veces y dejó de funcionar para proteger sus datos. Pida uno nuevo.',
    readyHeading: 'Su descarga está lista',
    readyHint: (minutes) =>
      `El botón funciona durante ${minutes} minutos. Después, pida un código nuevo.`,
    downloadButton: 'Descargar sus datos (ZIP)',
    goneTitle: 'Su descarga ha caducado',
    goneBody:
      'Para proteger sus datos, solo los mantenemos listos para descargar durante un tiempo limitado. Puede hacer una nueva solicitud de acceso cuando quiera; es gratuita.',
    backToStatus: 'Volver a su solicitud',
  },

  statusLabels: {
    received: 'Recibida',
    pending_verification: 'Esperando a que confirme que es usted',
    verified: 'Confirmado que es usted',
    awaiting_review: 'En revisión por nuestro equipo',
    needs_info: 'Necesitamos más información',
    approved: 'Aprobada',
    in_progress: 'En curso',
    completed: 'Terminada',
    failed: 'Retrasada por un problema nuestro',
    denied: 'No pudimos hacerlo',
    cancelled: 'Cancelada',
    expired: 'Caducada',
  },

  statusNext: {
    received: 'Tenemos su solicitud. Ahora le pediremos que confirme que es usted.',
    pending_verification:
      'Escriba el código que le enviamos por correo. No podemos empezar hasta entonces. Si no lo confirma a tiempo, la solicitud caduca y puede enviar una nueva.',
    verified: 'Gracias por confirmarlo. Ahora nuestro equipo revisará su solicitud.',
    awaiting_review:
      'Una persona de nuestro equipo de privacidad está revisando su solicitud. Le avisaremos si necesitamos algo más.',
    needs_info:
      'Le escribimos para pedirle más información. Respóndanos, por favor, para poder seguir.',
    approved: 'Su solicitud está aprobada. Empezaremos a trabajar en ella en breve.',
    in_progress:
      'Estamos atendiendo su solicitud en cada sistema que tiene sus datos. Le avisaremos cuando esté terminada.',
    completed:
      'Su solicitud está terminada y le hemos enviado nuestra respuesta. Si no está de acuerdo, puede apelar.',
    failed:
      'Algo salió mal por nuestra parte. Nuestro equipo lo sabe y lo arreglará. Usted no tiene que hacer nada.',
    denied: 'No pudimos hacer lo que pidió. El motivo está más abajo. Puede apelar.',
    cancelled: 'Esta solicitud se canceló. Puede enviar una nueva cuando quiera.',
    expired:
      'Esta solicitud caducó porque no se confirmó a tiempo. Puede enviar una nueva cuando quiera.',
  },

  appeal: {
    title: 'Apelar nuestra decisión',
    intro:
      'Díganos por qué cree que nuestra respuesta es incorrecta. Una persona que no tomó la primera decisión la revisará de nuevo.',
    referenceLabel: 'Número de referencia',
    reason: {
      label: '¿Por qué no está de acuerdo?',
      hint: 'Cuéntenos qué esperaba y en qué cree que nos equivocamos.',
    },
    deadlineHeading: 'Cuándo le responderemos',
    deadline: {
      gdpr: 'Revisaremos su solicitud de nuevo y le responderemos en el plazo de un mes.',
      ccpa: 'Revisaremos su solicitud de nuevo e intentaremos responderle en 45 días.',
      vcdpa:
        'La ley de Virginia nos da 60 días desde que recibimos su apelación para responderle, con nuestros motivos.',
      cpa: 'La ley de Colorado nos da 45 días desde que recibimos su apelación para responderle, con nuestros motivos. Si necesitamos más tiempo, podemos tardar hasta 60 días más y le diremos por qué.',
      ctdpa:
        'La ley de Connecticut nos da 60 días desde que recibimos su apelación para responderle, con nuestros motivos.',
      tdpsa:
        'La ley de Texas nos da 60 días desde que recibimos su apelación para responderle, con nuestros motivos.',
    },
    complaintHeading: 'Si seguimos diciendo que no',
    complaint: {
      gdpr: 'Puede presentar una reclamación ante la autoridad de protección de datos del lugar donde vive o trabaja, por ejemplo la AEPD en España, la CNIL en Francia o el ICO en el Reino Unido. También puede acudir a los tribunales.',
      ccpa: 'Puede presentar una queja ante la Agencia de Protección de la Privacidad de California (CPPA) o ante el Fiscal General de California.',
      vcdpa:
        'Puede presentar una queja ante el Fiscal General de Virginia. Nuestra respuesta le dirá cómo contactarlo.',
      cpa: 'Puede presentar una queja ante el Fiscal General de Colorado. Nuestra respuesta le dirá cómo contactarlo.',
      ctdpa:
        'Puede presentar una queja ante el Fiscal General de Connecticut. Nuestra respuesta le dirá cómo contactarlo.',
      tdpsa:
        'Puede presentar una queja ante el Fiscal General de Texas. Nuestra respuesta le dirá cómo contactarlo.',
    },
    submit: 'Enviar apelación',
    backToStatus: 'Volver a su solicitud',
  },

  error: {
    backHome: 'Ir a la página de inicio del centro de privacidad',
    notFound: {
      title: 'No encontramos esta página',
      body: 'Revise la dirección. Si siguió un enlace de uno de nuestros correos, puede que esté incompleto.',
    },
    gone: {
      title: 'Este enlace ha caducado',
      body: 'Para proteger sus datos, los enlaces de nuestros correos dejan de funcionar pasado un tiempo. Use nuestro correo más reciente o envíe una nueva solicitud.',
    },
    tooManyRequests: {
      title: 'Demasiados intentos',
      body: 'Para proteger sus datos, hemos pausado esto durante un rato.',
      retry: (when) => `Vuelva a intentarlo ${when}, por favor.`,
    },
    badRequest: {
      title: 'Algo salió mal con esa página',
      body: 'Vuelva atrás e inténtelo de nuevo. Si sigue pasando, escríbanos por correo postal.',
    },
    tooLarge: {
      title: 'Era demasiado grande',
      body: 'El archivo o el texto que envió supera lo que aceptamos. Los archivos pueden ocupar hasta 5 MB. Vuelva atrás e inténtelo de nuevo.',
    },
    conflict: {
      title: 'Esto no se puede hacer ahora',
      body: 'Su solicitud ha avanzado desde que abrió esta página, o esto ya se hizo. Abra su solicitud de nuevo para ver en qué punto está.',
    },
    generic: {
      title: 'Lo sentimos, algo salió mal por nuestra parte',
      body: 'Inténtelo de nuevo dentro de unos minutos. Si sigue pasando, escríbanos por correo postal.',
    },
  },

  purposes: {
    marketing_email: {
      label: 'Correos de publicidad',
      hint: 'Boletines, ofertas y promociones por correo electrónico.',
    },
    marketing_sms: {
      label: 'Mensajes de texto de publicidad',
      hint: 'Ofertas y promociones por SMS.',
    },
    personalization: {
      label: 'Recomendaciones personalizadas',
      hint: 'Sugerencias según lo que compró y miró.',
    },
    analytics: { label: 'Analítica', hint: 'Medir cómo usa nuestro sitio web.' },
    third_party_sharing: {
      label: 'Compartir con socios',
      hint: 'Compartir sus datos con otras empresas, como usted aceptó.',
    },
  },

  correctableFields: {
    first_name: 'Nombre',
    last_name: 'Apellidos',
    phone: 'Teléfono',
    display_name: 'Nombre visible',
    date_of_birth: 'Fecha de nacimiento',
    preferred_language: 'Idioma preferido',
    bio: 'Descripción del perfil',
    avatar_url: 'Foto de perfil',
    interests: 'Intereses',
    recipient: 'Nombre en una dirección guardada',
    line1: 'Dirección, línea 1',
    line2: 'Dirección, línea 2',
    city: 'Ciudad o localidad',
    region: 'Estado, provincia o región',
    postal_code: 'Código postal',
    country: 'País',
    reviewer_name: 'Nombre que aparece en sus reseñas',
  },

  // State names are proper nouns; only those with an established Spanish form change.
  usStates: {
    ...US_STATE_NAMES,
    DC: 'Distrito de Columbia',
    HI: 'Hawái',
    LA: 'Luisiana',
    MI: 'Míchigan',
    MS: 'Misisipi',
    MO: 'Misuri',
    NJ: 'Nueva Jersey',
    NM: 'Nuevo México',
    NY: 'Nueva York',
    NC: 'Carolina del Norte',
    ND: 'Dakota del Norte',
    OR: 'Oregón',
    PA: 'Pensilvania',
    SC: 'Carolina del Sur',
    SD: 'Dakota del Sur',
    WV: 'Virginia Occidental',
  },

  validation: {
    required: 'Rellene este dato.',
    tooLong: 'Es demasiado largo. Acórtelo, por favor.',
    invalid: 'Esto no parece correcto. Revíselo, por favor.',
    chooseOne: 'Elija una de las opciones.',
    email: 'Escriba un correo electrónico como nombre@ejemplo.com.',
    phone: 'Escriba un teléfono con cifras, espacios, paréntesis, + o -.',
    country: 'Elija un país de la lista.',
    region: 'Elija un estado de la lista.',
    postalAddressForPostal:
      'Escriba su dirección postal, o elija recibir nuestra respuesta por correo electrónico.',
    correctionsMin: 'Elija al menos una cosa que corregir.',
    correctionField: 'Elija de la lista la información que hay que corregir.',
    purposesMin: 'Elija al menos una cosa que detener.',
    agentAuthorization: 'Suba el permiso que firmó la persona.',
    agentAuthorizationType: 'El archivo debe ser un PDF, JPG o PNG.',
    code: 'Escriba el código de 6 cifras de nuestro correo.',
    declaration: 'Marque la casilla para hacer la declaración.',
  },
} satisfies Messages;

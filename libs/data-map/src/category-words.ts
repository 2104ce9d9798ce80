import { DATA_CATEGORIES, type DataCategory } from './data-category';

/** Language codes people's words are written in (the same as a request's language). */
export type PeopleLanguage = 'en' | 'es';

const SPANISH: Record<DataCategory, string> = {
  none: 'Otro dato',
  identifiers: 'Identificadores (números de cuenta, de pedido y de visitante)',
  name: 'Nombre',
  email: 'Dirección de correo electrónico',
  login: 'Usuario de acceso',
  password: 'Contraseña (guardada solo como hash)',
  postal_address: 'Dirección postal',
  phone: 'Número de teléfono',
  account_activity: 'Actividad de la cuenta (altas e inicios de sesión)',
  ip_address: 'Dirección IP',
  connection_info: 'Datos del equipo y de la conexión (navegador, dispositivo)',
  session_activity: 'Datos de sesión (visitas, páginas vistas)',
  page_response_times: 'Tiempos de respuesta de las páginas',
  visit_length: 'Duración de las visitas a las páginas',
  page_interactions: 'Interacción con las páginas (desplazamiento, clics)',
  exit_method: 'Cómo salió de una página',
  purchase_history: 'Historial de compras',
  payment_details:
    'Datos de pago (marca de la tarjeta, últimos 4 dígitos, caducidad; nunca el número completo)',
  communications: 'Comunicaciones (mensajes de soporte, correos)',
  comments: 'Comentarios',
  feedback: 'Opiniones y respuestas a encuestas',
  product_reviews: 'Reseñas de productos',
  recommendations: 'Recomendaciones (deducciones sobre sus intereses)',
  profile: 'Perfil personal',
  marketing_subscriptions: 'Suscripciones a listas de correo',
  consents: 'Consentimientos dados y retirados',
  cookie_preferences: 'Preferencias y ajustes de cookies',
};

/** A data category in people's words, in English or Spanish. */
export function categoryWords(category: DataCategory, language: PeopleLanguage): string {
  if (category === 'none') return language === 'es' ? SPANISH.none : 'Other detail';
  return language === 'es' ? SPANISH[category] : DATA_CATEGORIES[category].label;
}

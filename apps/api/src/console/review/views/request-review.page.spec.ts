import { RequestReview } from '@rightsdesk/review';
import { StaffPrincipal } from '@rightsdesk/staff';
import { requestReviewPage } from './request-review.page';

const officer: StaffPrincipal = {
  id: 'c9a7e1f0-0000-4000-8000-000000000001',
  email: 'olu@staff.example.com',
  name: 'Olu Officer',
  role: 'privacy_officer',
  sessionId: 'session',
  csrfToken: 'form-token-123',
};

function view(overrides: Partial<RequestReview> = {}): RequestReview {
  return {
    request: {
      id: '0b7a3c9e-5f7d-4a43-9a55-3f1d2b6c8e01',
      reference: 'RD-7K3M-Q9XD',
      type: 'delete',
      status: 'awaiting_review',
      regime: 'ccpa',
      manner: 'web',
      answerChannel: 'email',
      language: 'en',
      receivedAt: '2026-11-25T17:00:00.000Z',
      details: {},
      assignee: null,
      appealOf: null,
      duplicateOf: null,
      denial: null,
      failure: null,
      completedAt: null,
    },
    subject: {
      email: 'person@example.org',
      name: '<script>alert(1)</script>',
      phone: null,
      postalAddress: null,
    },
    verification: { outcome: 'verified', score: 3, dataPoints: { name: 'matched' } },
    deadline: {
      dueAt: '2027-01-10T07:59:59.999Z',
      dueOn: '2027-01-09',
      kind: 'respond',
      explanation:
        'The law gives us 45 days from the day we received your request, 25 November 2026 (CCPA regs 7021(b)).',
      timeLeft: { state: 'open', days: 3, text: '3 days left' },
      urgency: 'due_soon',
      acknowledgeBy: null,
      acknowledgeOn: null,
      acknowledgeRule: null,
      extension: null,
    },
    appeal: null,
    found: [],
    timeline: [
      {
        at: '2026-11-25T17:00:00.000Z',
        actor: `staff:${officer.id}`,
        action: 'request.note_added',
        fromStatus: null,
        toStatus: null,
        reason: null,
      },
    ],
    correspondence: [],
    notes: [
      {
        id: 'note',
        author: `staff:${officer.id}`,
        body: '<img src=x onerror=alert(2)>',
        createdAt: '2026-11-26T17:00:00.000Z',
      },
    ],
    messages: [],
    actorNames: { [`staff:${officer.id}`]: 'Olu Officer' },
    actions: ['approve', 'deny', 'note'],
    ...overrides,
  };
}

const render = (input: Partial<RequestReview> = {}) =>
  requestReviewPage({
    view: view(input),
    staff: officer,
    assignable: [],
    timeZone: 'America/Los_Angeles',
  }).toString();

describe(requestReviewPage.name, () => {
  it('escapes what people typed: their name and staff notes never become markup', () => {
    const page = render();
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<img src=x');
  });

  it('shows a form, with the session form token, for each offered action and no other', () => {
    const page = render();
    const id = view().request.id;
    for (const path of ['approve', 'deny', 'notes']) {
      expect(page).toContain(`action="/console/requests/${id}/${path}"`);
    }
    for (const path of ['extend', 'cancel', 'assign', 'appeal-decision']) {
      expect(page).not.toContain(`action="/console/requests/${id}/${path}"`);
    }
    expect(page.match(/name="_csrf" value="form-token-123"/g)).toHaveLength(4); // 3 + sign-out
  });

  it('marks a close deadline in words and explains its rule', () => {
    const page = render();
    expect(page).toContain('<strong class="badge">Due soon</strong> <strong>3 days left</strong>');
    expect(page).toContain('Answer due by 9 January 2027.');
    expect(page).toContain(
      '45 days from the day we received your request, 25 November 2026 (CCPA regs 7021(b))',
    );
  });

  it('words the acknowledgement date and rule from its stored basis, never its code', () => {
    const page = render({
      deadline: {
        ...view().deadline,
        acknowledgeBy: '2026-12-10T07:59:59.999Z',
        acknowledgeOn: '2026-12-09',
        acknowledgeRule:
          'The law gives us 10 business days from the day we received your request, 25 November 2026 (CCPA regs 7021(a)).',
      },
    });
    expect(page).toContain('Confirm receipt by 9 December 2026.');
    expect(page).toContain('10 business days from the day we received your request');
    expect(page).not.toContain('2026-12-09');
  });

  it("shows an appealed request's appeal with its own date and rule", () => {
    const page = render({
      appeal: {
        id: '6d1f3c1e-0c55-4a57-9a50-8a1b9f3e2a10',
        reference: 'RD-APPE-AL22',
        status: 'awaiting_review',
        receivedAt: '2026-12-09T18:00:00.000Z',
        dueOn: '2027-02-07',
        dueAt: '2027-02-08T07:59:59.999Z',
        rule: 'The law gives us 60 days from the day we received your appeal, 9 December 2026 (Va. Code 59.1-578(C)).',
      },
    });
    expect(page).toContain('RD-APPE-AL22');
    expect(page).toContain('Decision on the appeal due by 7 February 2027.');
    expect(page).toContain('60 days from the day we received your appeal');
  });

  it('names staff in the timeline and tells a read-only role why there are no forms', () => {
    const page = render({ actions: [] });
    expect(page).toContain('Olu Officer');
    expect(page).toContain('Your role can read this request but not act on it.');
    expect(page).not.toContain('method="post" action="/console/requests/');
  });
});

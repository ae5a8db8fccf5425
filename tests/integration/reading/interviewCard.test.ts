import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import klippeoe from '../../../playbooks/examples/klippeoe-kommune.json' with { type: 'json' };
import { connectClient, synced } from '../../helpers/connectClient.js';
import { createPlaybook } from '../../helpers/createPlaybook.js';
import { addMember, owner, personNamed, type TestPerson } from '../../helpers/people.js';
import { startPlaybookServer, type TestServer } from '../../helpers/startServer.js';
import { countTestId, getPage, pageText } from './readingPage.js';

const LEADS_DA: Record<string, string> = {
  jobcenter: 'Jobcenter',
  akasse: 'A-kasse',
  borger: 'Borger',
  faelles: 'Fælles',
};

let server: TestServer;
let playbookId: string;
let reader: TestPerson;

beforeAll(async () => {
  server = await startPlaybookServer();
  ({ id: playbookId } = await createPlaybook(server.httpUrl, { title: 'Klippeø', templateId: 'klippeoe-kommune' }));
  reader = await personNamed(server.httpUrl, 'Rita Kortlæser', 'akasse');
  await addMember(server.httpUrl, playbookId, reader, 'reader');
});

afterAll(async () => {
  await server.stop();
});

describe('the interview card of the Klippeø example', () => {
  test('shows the agenda with leads, minutes and the total', async () => {
    const page = await getPage(server.httpUrl, `/p/${playbookId}/kort`, reader);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const text = pageText(page.text);
    expect(countTestId(page.text, 'agenda-item')).toBe(klippeoe.agenda.length);
    klippeoe.agenda.forEach((item, index) => {
      expect(text).toContain(`${index + 1}. ${item.title} ${LEADS_DA[item.lead]} ${item.minutes} min.`);
    });
    const total = klippeoe.agenda.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
    expect(total).toBe(50);
    expect(text).toContain(`I alt ${total} min.`);
  });

  test('says who does what, the rights checklist, the first four "hvis … så" cards and the contacts', async () => {
    const page = await getPage(server.httpUrl, `/p/${playbookId}/kort`, reader);
    const text = pageText(page.text);
    expect(countTestId(page.text, 'role-row')).toBe(klippeoe.roles.length);
    expect(text).toContain('Lede samtalen (ordstyrer) · Leder: Jobcenter · Bidrager: A-kasse, Borger');
    expect(text).toContain('Økonomi og spørgsmål om dagpenge · Leder: A-kasse · Bidrager: Borger');
    expect(text).toContain('Rådighed · Leder: A-kasse · Bidrager: Borger · Informeres: Jobcenter');

    const rights = klippeoe.checklistItems.filter((item) => item.sectionId === 'rights');
    expect(countTestId(page.text, 'checklist-item')).toBe(rights.length);
    for (const item of rights) expect(text).toContain(item.text);
    // Only the rights: the preparation checklist belongs to the reader view.
    const before = klippeoe.checklistItems.find((item) => item.sectionId === 'before');
    expect(text).not.toContain(before?.text);

    expect(countTestId(page.text, 'if-then-card')).toBe(4);
    for (const card of klippeoe.ifThenCards.slice(0, 4)) {
      expect(text).toContain(`Hvis ${card.trigger}`);
      expect(text).toContain(`så ${card.response}`);
    }
    expect(text).not.toContain(klippeoe.ifThenCards[4]?.trigger);
    expect(text).toContain(`${klippeoe.ifThenCards.length - 4} flere i læsevisningen`);

    expect(countTestId(page.text, 'contact')).toBe(klippeoe.contacts.length);
    expect(page.text).toContain('<a href="tel:00001001">00 00 10 01</a>');
    expect(page.text).toContain(
      '<a href="mailto:faellessamtaler@klippeoe.example">faellessamtaler@klippeoe.example</a>',
    );
    expect(text).toContain('Klippeø Kommune, Job og Ydelse : Team fællessamtaler (booking og aflysninger)');
  });

  test('labels a playbook created from the example as a draft (new playbooks start as Kladde)', async () => {
    const page = await getPage(server.httpUrl, `/p/${playbookId}/kort`, reader);
    expect(pageText(page.text)).toContain('Kladde – ikke godkendt endnu');
    expect(pageText(page.text)).not.toContain('Godkendt version');
  });

  test('says "Godkendt version" once the playbook is approved', async () => {
    const { id } = await createPlaybook(server.httpUrl, { title: 'Godkendt', templateId: 'klippeoe-kommune' });
    const client = connectClient(server.collabUrl, id, { cookie: (await owner(server.httpUrl)).cookie });
    await synced(client);
    client.doc.getMap('meta').set('status', 'godkendt');
    await expect
      .poll(async () => pageText((await getPage(server.httpUrl, `/p/${id}/kort`, await owner(server.httpUrl))).text))
      .toContain('Godkendt version 1.0');
    client.destroy();
    const text = pageText((await getPage(server.httpUrl, `/p/${id}/laes`, await owner(server.httpUrl))).text);
    expect(text).toContain('Godkendt version 1.0');
    expect(text).not.toContain('Kladde – ikke godkendt endnu');
  });

  test('speaks English with ?lang=en, Danish otherwise (also to a browser set to English, as the app does)', async () => {
    const asked = pageText((await getPage(server.httpUrl, `/p/${playbookId}/kort?lang=en`, reader)).text);
    expect(asked).toContain('Interview card');
    expect(asked).toContain('Who does what');
    expect(asked).toContain('Total 50 min');
    const english = await getPage(server.httpUrl, `/p/${playbookId}/kort`, reader, { 'accept-language': 'en-GB,en' });
    expect(english.text).toContain('<html lang="da">');
    expect(pageText(english.text)).toContain('Samtalekort');
  });
});

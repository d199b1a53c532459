-- The words of tasks the service writes (title, reason, trigger…) kept as catalogue keys and arguments (JSON), so
-- each reader sees them in their own language; the English text stays in the existing columns. Null for rows
-- written before, and for texts a person typed.
alter table manual_task add column words text;
alter table daily_plan_task add column words text;

-- The automatic lead messages in the other six languages of the product, so a lead whose language (or whose
-- business's customers' language) is one of them is written to in it. Machine translation (by an AI assistant,
-- from the English texts), not yet reviewed by a native speaker. {name} and {business} are filled at send time.
insert into lead_text values
    ('welcome', 'es', 'lead_welcome', 'Gracias por contactar con {business}',
     'Hola {name}, ¡gracias por contactar con {business}! Hemos recibido tu consulta y te responderemos muy pronto.'),
    ('follow_up', 'es', 'lead_follow_up', '¿Puede ayudarte {business}?',
     'Hola {name}, te escribimos de {business}. ¿Podemos ayudarte con tu consulta? Solo responde a este mensaje.'),
    ('last_follow_up', 'es', 'lead_last_follow_up', '{business} está aquí cuando lo necesites',
     'Hola {name}, te escribimos de nuevo de {business}. Cuando quieras, responde y te atenderemos.'),
    ('welcome', 'fr', 'lead_welcome', 'Merci d''avoir contacté {business}',
     'Bonjour {name}, merci d''avoir contacté {business} ! Nous avons bien reçu votre demande et vous répondrons très vite.'),
    ('follow_up', 'fr', 'lead_follow_up', '{business} peut-il vous aider ?',
     'Bonjour {name}, ici {business}. Pouvons-nous vous aider pour votre demande ? Il suffit de répondre à ce message.'),
    ('last_follow_up', 'fr', 'lead_last_follow_up', '{business} est là quand vous êtes prêt',
     'Bonjour {name}, encore un mot de {business}. Quand vous le souhaitez, répondez et nous nous occupons de vous.'),
    ('welcome', 'de', 'lead_welcome', 'Danke für Ihre Nachricht an {business}',
     'Hallo {name}, danke für Ihre Nachricht an {business}! Wir haben Ihre Anfrage erhalten und melden uns in Kürze.'),
    ('follow_up', 'de', 'lead_follow_up', 'Kann {business} Ihnen helfen?',
     'Hallo {name}, hier ist {business}. Können wir Ihnen bei Ihrer Anfrage helfen? Antworten Sie einfach auf diese Nachricht.'),
    ('last_follow_up', 'de', 'lead_last_follow_up', '{business} ist da, wenn Sie so weit sind',
     'Hallo {name}, noch einmal {business}. Wann immer Sie bereit sind: Antworten Sie, und wir kümmern uns um Sie.'),
    ('welcome', 'ja', 'lead_welcome', '{business} へのお問い合わせありがとうございます',
     '{name} 様、{business} へのお問い合わせありがとうございます！内容を確認し、すぐにご連絡いたします。'),
    ('follow_up', 'ja', 'lead_follow_up', '{business} がお手伝いできることはありますか？',
     '{name} 様、{business} です。お問い合わせについてお手伝いできることはありますか？このメッセージにご返信ください。'),
    ('last_follow_up', 'ja', 'lead_last_follow_up', '{business} はいつでもお待ちしています',
     '{name} 様、{business} から改めてご連絡です。ご都合のよいときにご返信いただければ、対応いたします。'),
    ('welcome', 'zh', 'lead_welcome', '感谢您联系 {business}',
     '{name}，您好，感谢您联系 {business}！我们已收到您的咨询，会尽快回复您。'),
    ('follow_up', 'zh', 'lead_follow_up', '{business} 能帮您什么吗？',
     '{name}，您好，这里是 {business}。您的咨询我们能帮上忙吗？直接回复这条消息即可。'),
    ('last_follow_up', 'zh', 'lead_last_follow_up', '{business} 随时为您服务',
     '{name}，您好，{business} 再次问候。您准备好时随时回复，我们会为您安排。'),
    ('welcome', 'ar', 'lead_welcome', 'شكرًا لتواصلك مع {business}',
     'مرحبًا {name}، شكرًا لتواصلك مع {business}! وصلنا استفسارك وسنرد عليك قريبًا.'),
    ('follow_up', 'ar', 'lead_follow_up', 'هل يمكن لـ {business} مساعدتك؟',
     'مرحبًا {name}، معك {business}. هل يمكننا مساعدتك في استفسارك؟ فقط رُدّ على هذه الرسالة.'),
    ('last_follow_up', 'ar', 'lead_last_follow_up', '{business} هنا عندما تكون مستعدًا',
     'مرحبًا {name}، {business} مرة أخرى. متى ما كنت مستعدًا، رُدّ علينا وسنهتم بك.');

-- A notification's words as catalogue keys and arguments (JSON), so a person who changes language reads the
-- notifications they already have in the new one; title and body keep the text written when it was stored.
alter table notification add column words text;

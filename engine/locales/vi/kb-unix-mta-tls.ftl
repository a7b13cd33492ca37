mta-tls-exim-cleartext-fallback = Phiên TLS của Exim thất bại nên thư đã được gửi không mã hóa
    .cause = Bắt tay TLS với máy nhận thất bại (lý do nằm trong ngoặc trước "delivering unencrypted"). Vì tls_tempfail_tryclear mặc định là true và máy đó không có trong hosts_require_tls, Exim đã kết nối lại và gửi thư dạng văn bản rõ; việc gửi vẫn có thể thất bại nếu phía bên kia yêu cầu TLS trước khi xác thực.
    .fix-1 = Khắc phục lý do được nêu: với "certificate verification failed", kiểm tra tls_verify_certificates (bộ CA của hệ thống) và chuỗi của máy từ xa; Exim 4.93 trở lên kiểm tra chứng chỉ chặt hơn. Với lỗi OpenSSL, xem quy tắc TLS tương ứng.
    .fix-2 = Nếu thư tới máy đó bắt buộc phải mã hóa, thêm nó vào hosts_require_tls của transport smtp để Exim hoãn gửi thay vì gửi văn bản rõ.
    .fix-3 = Cập nhật bộ CA (gói ca-certificates) nếu chứng chỉ từ xa hợp lệ nhưng không được tin cậy ở đây.
mta-tls-version-too-low = Máy khách kết nối chỉ đề xuất phiên bản TLS thấp hơn mức tối thiểu của máy chủ này (máy khách quá cũ)
    .cause = OpenSSL ở phía nhận (Postfix smtpd, Exim, Dovecot) từ chối lời chào của máy khách vì phiên bản cao nhất mà máy khách hỗ trợ thấp hơn mức tối thiểu của máy chủ, thường là máy khách chỉ có TLS 1.0/1.1 gặp máy chủ yêu cầu TLS 1.2. Mức tối thiểu đến từ thiết lập của MTA hoặc từ openssl.cnf của hệ thống (một số bản phân phối đặt MinProtocol = TLSv1.2).
    .fix-1 = Xác định máy khách từ các dòng lân cận (connect from, rip=) và nâng cấp nó lên TLS 1.2; đó là cách sửa đúng.
    .fix-2 = Xem mức tối thiểu được đặt ở đâu: Postfix smtpd_tls_protocols và smtpd_tls_mandatory_protocols (postconf -n), Dovecot ssl_min_protocol, Exim openssl_options.
    .fix-3 = Nếu mức tối thiểu đến từ MinProtocol trong /etc/ssl/openssl.cnf và bạn buộc phải tạm chấp nhận máy khách cũ, đặt tls_config_file = none trong main.cf (Postfix 3.9, 3.8.1, 3.7.6, 3.6.10, 3.5.20 trở lên, OpenSSL 1.1.1b trở lên) và đặt phiên bản ngay trong main.cf.
mta-tls-unsupported-protocol-inbound = TLS chiều nhận về bị từ chối: phiên bản TLS của máy khách không được bật trên máy chủ này
    .cause = Máy chủ nhận (Postfix smtpd hoặc submission, Dovecot, Exim, Sendmail) không tìm được phiên bản giao thức chung với máy khách. Thường máy khách chỉ làm được TLS 1.0/1.1 trong khi mức tối thiểu của máy chủ là TLS 1.2 (trong main.cf hoặc MinProtocol của openssl.cnf trong bản phân phối); ít gặp hơn là danh sách của máy chủ loại trừ phiên bản máy khách cần.
    .fix-1 = Tìm máy khách trong các dòng xung quanh (SSL_accept error from, lost connection after STARTTLS from) và nâng cấp nó lên TLS 1.2.
    .fix-2 = Xem lại smtpd_tls_protocols và smtpd_tls_mandatory_protocols bằng postconf -n; dạng khuyến nghị là >=TLSv1.2, còn với cú pháp loại trừ kiểu cũ thì giữ dải phiên bản liên tục. Với Exim, mức tối thiểu do openssl_options (+no_tlsv1 +no_tlsv1_1) và openssl.cnf quyết định.
    .fix-3 = Kiểm tra MinProtocol trong /etc/ssl/openssl.cnf: Postfix đọc nó theo mặc định (tls_config_file = default); tls_config_file = none để riêng main.cf quyết định.
mta-tls-unsupported-protocol-outbound = TLS chiều gửi đi thất bại: máy chủ từ xa và máy khách của chúng ta không có phiên bản TLS chung
    .cause = Khi kết nối ra ngoài, OpenSSL không thống nhất được phiên bản với máy chủ: máy chủ chỉ cung cấp phiên bản thấp hơn mức tối thiểu của chúng ta (ví dụ máy chủ cũ chỉ có TLS 1.0), hoặc máy khách của chúng ta bị giới hạn ở các phiên bản mà máy chủ đã tắt.
    .fix-1 = Kiểm tra máy chủ: openssl s_client -starttls smtp -connect host:25 -tls1_2 (và -tls1 hoặc -tls1_1) để xem nó chấp nhận phiên bản nào.
    .fix-2 = Postfix: kiểm tra smtp_tls_protocols (TLS cơ hội) và smtp_tls_mandatory_protocols (encrypt trở lên); Exim: openssl_options; Sendmail: ClientSSLOptions.
    .fix-3 = Nếu máy chủ từ xa là phía cũ, đề nghị chủ sở hữu bật TLS 1.2; chỉ hạ mức tối thiểu của ta như một ngoại lệ cho riêng đích đó (protocols= trong smtp_tls_policy_maps).
mta-tls-unsupported-protocol = TLS thất bại: không có phiên bản giao thức chung với đối tác
    .cause = OpenSSL báo hai bên không có phiên bản TLS chung. Chỉ dòng này thì không biết bên nào cũ hơn; các dòng lân cận cho biết (smtpd hoặc SSL_accept = máy khách kết nối tới ta, smtp hoặc SSL_connect = ta kết nối ra ngoài).
    .fix-1 = Tìm đối tác trong các dòng xung quanh và kiểm tra bằng openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-2 = Xem lại smtpd_tls_protocols, smtp_tls_protocols và các biến thể _mandatory_, cùng MinProtocol trong openssl.cnf.
    .fix-3 = Nâng cấp phía đang bị giới hạn ở TLS 1.0/1.1.
mta-tls-alert-protocol-version = Đối tác từ chối phiên bản TLS của chúng ta (cảnh báo 70, protocol_version)
    .cause = Phía bên kia trả lời lời chào của ta bằng cảnh báo 70: họ không chấp nhận phiên bản ta đề xuất. Nếu máy khách thấy lỗi này, phía cũ thường là chúng ta (chỉ bật TLS 1.0/1.1, hoặc OpenSSL hay MTA cũ); ví dụ Exchange Online chỉ chấp nhận TLS 1.2 trở lên.
    .fix-1 = Kiểm tra các phiên bản phía ta đề xuất (Postfix smtp_tls_protocols, Exim openssl_options, thiết lập TLS của ứng dụng) và cho phép TLS 1.2.
    .fix-2 = Nâng cấp OpenSSL và MTA hoặc ứng dụng nếu chúng không làm được TLS 1.2.
    .fix-3 = Kiểm tra lại bằng openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-4 = Nếu đây là lần cố ý kiểm tra một phiên bản cũ (openssl s_client -tls1 hoặc -tls1_1, swaks --tls-protocol) với Exchange Online hay một máy chủ hiện đại khác, việc bị từ chối là kết quả bình thường, đúng như mong đợi; điều quan trọng là cùng phép thử với -tls1_2 thành công.
mta-tls-no-protocols-available = TLS không khởi động được: phía ta không còn phiên bản giao thức nào được bật
    .cause = OpenSSL từ chối bắt đầu bắt tay vì cấu hình loại trừ mọi phiên bản nó hỗ trợ, ví dụ smtp_tls_protocols hoặc smtp_tls_mandatory_protocols loại trừ tất cả phiên bản mà bản OpenSSL này biết, hoặc MinProtocol trong openssl.cnf cao hơn MaxProtocol.
    .fix-1 = Chạy postconf -n | grep protocols và đảm bảo kết quả cho phép ít nhất TLS 1.2 (ví dụ smtp_tls_protocols = >=TLSv1.2).
    .fix-2 = Kiểm tra MinProtocol và MaxProtocol trong /etc/ssl/openssl.cnf; với tls_config_file = none Postfix bỏ qua chúng.
    .fix-3 = Nâng cấp OpenSSL nếu nó quá cũ để hỗ trợ TLS 1.2.
    .fix-4 = OpenSSL 3 từ chối TLS 1.0 và 1.1 ở mức bảo mật mặc định (1, và 2 trên Debian và Ubuntu), nên khi kiểm tra các phiên bản này (openssl s_client -tls1 hoặc -tls1_1) lỗi này xuất hiện trước khi gửi bất cứ gì: nó không nói lên điều gì về máy chủ. Để kiểm tra chúng, thêm -cipher 'DEFAULT@SECLEVEL=0'.
mta-tls-wrong-version-number = SMTP thường và TLS bị trộn trên cùng một kết nối (sai cổng hoặc chế độ wrapper)
    .cause = Một bên nói SMTP thường trong khi bên kia chờ bản ghi TLS, nên OpenSSL đọc văn bản như một số phiên bản. Trường hợp điển hình: máy khách dùng STARTTLS trên cổng 465 vốn chờ TLS ngầm định, hoặc dùng TLS ngầm định trên cổng 587 hay 25; trên máy chủ smtps (465), "unknown protocol" và "wrong version number" nghĩa là máy khách không bắt đầu bằng TLS.
    .fix-1 = Postfix làm máy khách trên cổng 465: relayhost = [smtp.example.com]:465 cùng smtp_tls_wrappermode = yes và smtp_tls_security_level = encrypt; hoặc dùng cổng 587 với STARTTLS.
    .fix-2 = Postfix làm máy chủ: chỉ để TLS ngầm định trên dịch vụ smtps hoặc submissions trong master.cf (-o smtpd_tls_wrappermode=yes) và STARTTLS trên 25 và 587; báo cho máy khách cổng nào dùng chế độ nào.
    .fix-3 = Kiểm tra xem có tường lửa hoặc proxy nào kết thúc hay sửa đổi TLS trên cổng đó không.
mta-tls-no-shared-cipher = Không có bộ mã hóa chung với máy khách
    .cause = Máy chủ (Postfix smtpd, Dovecot, Exim) không tìm được bộ mã hóa nào dùng được với danh sách của máy khách. Hoặc hai danh sách không giao nhau (máy chủ chỉ giữ bộ hiện đại, máy khách chỉ biết bộ cũ), hoặc máy chủ không có chứng chỉ và khóa dùng được cho các bộ được đề xuất: thiếu chứng chỉ hoặc không đọc được chứng chỉ cũng gây ra lỗi này.
    .fix-1 = Kiểm tra chứng chỉ và khóa của máy chủ đã được cấu hình và đọc được: Postfix smtpd_tls_cert_file và smtpd_tls_key_file (hoặc smtpd_tls_chain_files), Dovecot ssl_cert và ssl_key.
    .fix-2 = Xem lại thiết lập mã hóa: Postfix smtpd_tls_mandatory_ciphers, smtpd_tls_exclude_ciphers và tls_medium_cipherlist; Dovecot ssl_cipher_list; Exim tls_require_ciphers.
    .fix-3 = Xác định máy khách (rip=, connect from) và nâng cấp nếu nó chỉ đề xuất các bộ lỗi thời.
mta-tls-alert-handshake-failure = Đối tác hủy bắt tay bằng cảnh báo 40 (handshake_failure)
    .cause = Phía bên kia không thấy gì chấp nhận được trong lời chào của ta: không có bộ mã hóa, thuật toán chữ ký hay đường cong chung, hoặc họ yêu cầu chứng chỉ máy khách mà ta không gửi. Khi ta là máy khách, danh sách mã hóa của ta thường quá hẹp hoặc quá cũ với máy chủ.
    .fix-1 = Kiểm tra máy chủ bằng openssl s_client -starttls smtp -connect host:25 -tls1_2 và so sánh các bộ của nó với của ta.
    .fix-2 = Máy khách Postfix: nới smtp_tls_mandatory_ciphers hoặc smtp_tls_exclude_ciphers cho đích đó (ciphers= trong smtp_tls_policy_maps); Exim: tls_require_ciphers.
    .fix-3 = Nâng cấp OpenSSL nếu nó thiếu các bộ hiện đại (ECDHE, AES-GCM) mà đối tác yêu cầu.
mta-tls-alert-unknown-ca = Đối tác không tin CA đã cấp chứng chỉ mà ta gửi (cảnh báo 48)
    .cause = Phía bên kia không dựng được chuỗi từ chứng chỉ của ta tới một gốc họ tin cậy: chứng chỉ tự ký hoặc từ CA riêng, hoặc các chứng chỉ trung gian không được gửi. Trong nhật ký smtpd, điều này nghĩa là máy khách kết nối đã từ chối chứng chỉ máy chủ của ta.
    .fix-1 = Kiểm tra những gì ta gửi: openssl s_client -starttls smtp -connect our.host:25 -showcerts.
    .fix-2 = Gửi chuỗi đầy đủ: smtpd_tls_cert_file phải chứa chứng chỉ rồi tới các chứng chỉ trung gian (fullchain.pem), hoặc dùng smtpd_tls_chain_files; tương tự với Exim tls_certificate.
    .fix-3 = Dùng chứng chỉ từ CA công cộng cho các dịch vụ hướng ra internet.
mta-tls-alert-certificate-expired = Đối tác báo chứng chỉ ta gửi đã hết hạn (cảnh báo 45)
    .cause = Phía bên kia từ chối chứng chỉ của ta vì đã quá hạn (hoặc đồng hồ của đối tác sai). Chứng chỉ máy chủ hoặc máy khách cấu hình trên MTA này cần được gia hạn.
    .fix-1 = Kiểm tra ngày: openssl x509 -in /path/to/cert.pem -noout -dates với tệp nêu trong smtpd_tls_cert_file, smtp_tls_cert_file hoặc Exim tls_certificate.
    .fix-2 = Gia hạn chứng chỉ (ví dụ certbot renew) và đảm bảo MTA trỏ tới tệp đã gia hạn.
    .fix-3 = Nạp lại dịch vụ (postfix reload, hoặc khởi động lại Exim hay Dovecot) để dùng chứng chỉ mới.
mta-tls-alert-bad-certificate = Đối tác từ chối chứng chỉ ta xuất trình (cảnh báo 42 hoặc 46)
    .cause = Phía bên kia từ chối chứng chỉ của ta vì hỏng (42) hoặc không chấp nhận được vì lý do không nêu (46): sai tên máy, tự ký hoặc nhà phát hành không tin cậy, chuỗi thiếu, hoặc một chứng chỉ máy khách họ không chờ đợi.
    .fix-1 = Kiểm tra chứng chỉ của ta như đối tác thấy: openssl s_client -starttls smtp -connect our.host:25 -showcerts (hoặc -connect our.host:993 với IMAPS).
    .fix-2 = Đảm bảo chứng chỉ bao phủ các tên mà máy khách dùng (subject alternative names) và chuỗi đầy đủ (tệp fullchain).
    .fix-3 = Với Dovecot phục vụ nhiều miền, cấu hình mỗi tên một chứng chỉ trong các khối local_name để mỗi máy khách nhận chứng chỉ phù hợp.
mta-tls-unable-to-get-local-issuer = Không thể hoàn tất chuỗi chứng chỉ của đối tác từ kho CA cục bộ
    .cause = Quá trình xác thực không tìm thấy nhà phát hành chứng chỉ của đối tác trong các chứng chỉ CA tin cậy trên máy này: bộ CA cục bộ bị thiếu, lỗi thời hoặc chưa được cấu hình, hoặc đối tác gửi chứng chỉ mà không kèm chứng chỉ trung gian.
    .fix-1 = Trỏ máy khách tới bộ CA của hệ thống: Postfix smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt (hoặc smtp_tls_CApath); Exim tls_verify_certificates = system.
    .fix-2 = Cập nhật bộ CA (gói ca-certificates) trên máy này.
    .fix-3 = Kiểm tra chuỗi của đối tác bằng openssl s_client -starttls smtp -connect host:25 -showcerts; nếu thiếu chứng chỉ trung gian, đối tác phải sửa máy chủ của họ.
mta-tls-certificate-verify-failed = Chứng chỉ của đối tác không qua được xác thực trong khi bắt tay
    .cause = OpenSSL hủy bắt tay vì không xác thực được chứng chỉ của đối tác (nhà phát hành không tin cậy, hết hạn hoặc sai tên) trong khi cấu hình cục bộ yêu cầu xác thực cho đích này.
    .fix-1 = Tìm lý do: openssl s_client -starttls smtp -connect host:25 -verify_return_error -CAfile /etc/ssl/certs/ca-certificates.crt.
    .fix-2 = Đảm bảo đã cấu hình một bộ CA cập nhật (smtp_tls_CAfile hoặc Exim tls_verify_certificates).
    .fix-3 = Nếu lỗi ở chứng chỉ của đối tác, đối tác phải sửa; với đối tác nội bộ đã biết, hãy tin CA của họ một cách tường minh thay vì tắt xác thực.
mta-tls-unexpected-eof = Đối tác đóng kết nối giữa chừng khi bắt tay TLS
    .cause = OpenSSL 3 báo "unexpected eof while reading" khi phía bên kia cắt kết nối TCP mà không gửi cảnh báo TLS: đối tác âm thầm từ chối phiên bản, bộ mã hóa hay chứng chỉ của ta, máy khách hoặc máy quét bỏ cuộc, hoặc tường lửa cắt phiên.
    .fix-1 = Nếu nó đến từ nhiều máy không liên quan, thường là máy quét và có thể bỏ qua.
    .fix-2 = Nếu một đối tác thật bị ảnh hưởng, kiểm tra bằng openssl s_client -starttls smtp -connect host:25 và hỏi đối tác vì sao ngắt kết nối.
    .fix-3 = Kiểm tra tường lửa hoặc IPS giữa hai máy xem có tính năng kiểm tra SMTP gây cản trở STARTTLS không.
mta-tls-certificate-file-missing = Không mở được tệp chứng chỉ, khóa hoặc CA được cấu hình cho TLS
    .cause = OpenSSL không mở được một tệp nêu trong thiết lập TLS (đường dẫn nằm ở phần fopen của thông báo). Tiến trình khi đó chạy không có TLS: STARTTLS không được cung cấp hay sử dụng, và các lần gửi yêu cầu TLS đều thất bại.
    .fix-1 = So đường dẫn trong thông báo với các thiết lập tệp TLS (smtpd_tls_cert_file, smtpd_tls_key_file, smtpd_tls_CAfile, smtp_tls_cert_file, smtp_tls_CAfile) do postconf -n hiển thị.
    .fix-2 = Đảm bảo tệp tồn tại, đọc được, và việc gia hạn chứng chỉ vẫn ghi vào cùng đường dẫn.
    .fix-3 = Chạy postfix reload và kiểm tra cảnh báo "disabling TLS support" đã biến mất.
    .fix-4 = Trên Exim, các tệp là tls_certificate và tls_privatekey trong cấu hình chính; người dùng Exim (Debian-exim trên Debian và Ubuntu) phải đọc được cả hai, kiểm tra bằng sudo -u Debian-exim cat <file> > /dev/null.
mta-tls-library-problem = OpenSSL báo một sự cố TLS (lý do nằm sau mã lỗi)
    .cause = Postfix ghi mọi lỗi OpenSSL dưới dạng "TLS library problem". Phần chữ sau mã lỗi (ví dụ "system lib", "no such file", "version too low") mới là lý do thật; giải thích chung này áp dụng khi không có quy tắc cụ thể hơn khớp. "system lib" chỉ tới vấn đề tệp hoặc quyền trong cấu hình TLS.
    .fix-1 = Đọc lý do và dòng Postfix ngay trước đó (SSL_accept error from, SSL_connect error to) để biết đối tác và chiều kết nối.
    .fix-2 = Với lý do liên quan tới tệp, kiểm tra đường dẫn chứng chỉ, khóa và CA trong main.cf (postconf -n | grep tls) và quyền của chúng.
    .fix-3 = Với lý do liên quan tới bắt tay, kiểm tra đối tác bằng openssl s_client -starttls smtp -connect host:25 và tạm nâng smtpd_tls_loglevel hoặc smtp_tls_loglevel lên 1 hoặc 2.
mta-tls-postfix-invalid-protocol-list = Postfix từ chối danh sách giao thức TLS của mình và tắt TLS
    .cause = Giá trị smtpd_tls_protocols, smtp_tls_protocols hoặc mandatory_protocols chứa tên mà phiên bản Postfix này không biết (Postfix trước 2.10 không nhận TLSv1.1 và TLSv1.2), nên Postfix tắt hẳn TLS.
    .fix-1 = Dùng tên mà Postfix của bạn hỗ trợ; trên phiên bản cũ, viết dạng loại trừ (ví dụ !SSLv2, !SSLv3) thay vì liệt kê TLSv1.1 và TLSv1.2.
    .fix-2 = Tốt hơn, nâng cấp Postfix và dùng smtpd_tls_protocols = >=TLSv1.2 (cú pháp dải, Postfix 3.6 trở lên).
    .fix-3 = Chạy postfix reload và kiểm tra cảnh báo đã hết và STARTTLS được cung cấp trở lại.
mta-tls-postfix-tls-disabled = Postfix tắt TLS vì không nạp được tệp chứng chỉ, khóa hoặc CA
    .cause = Khi tiến trình smtp hoặc smtpd khởi động, Postfix không nạp được tài liệu TLS đã cấu hình và tắt TLS cho tiến trình đó. STARTTLS chiều nhận về không còn được cung cấp, còn thư đi tới các máy chủ yêu cầu TLS bị lỗi (ví dụ 530 5.7.0 Must issue a STARTTLS command first).
    .fix-1 = Kiểm tra tệp nêu trong cảnh báo và các dòng "TLS library problem" theo sau (postconf -n | grep tls).
    .fix-2 = Sửa đường dẫn hoặc quyền, hoặc bỏ thiết lập không dùng như smtp_tls_cert_file, rồi chạy postfix reload.
    .fix-3 = Xác nhận bằng openssl s_client -starttls smtp -connect localhost:25 rằng STARTTLS đã hoạt động lại.
    .fix-4 = "No server certs available. TLS won't be enabled" nghĩa là smtpd được yêu cầu mời TLS nhưng chưa cấu hình chứng chỉ máy chủ: đặt smtpd_tls_chain_files (hoặc smtpd_tls_cert_file và smtpd_tls_key_file).
mta-tls-postfix-context-init-failed = Postfix không khởi tạo được TLS và đã bỏ một kết nối chế độ wrapper (smtps)
    .cause = Một máy khách kết nối tới dịch vụ TLS ngầm định (smtps hoặc submissions), nhưng smtpd không khởi tạo được ngữ cảnh TLS nên kết nối bị bỏ. Lý do thật nằm trong các cảnh báo trước đó, ví dụ danh sách giao thức sai hoặc chứng chỉ không đọc được.
    .fix-1 = Đọc các cảnh báo ghi ngay trước dòng này (Invalid TLS protocol list, cannot load certificate) và sửa thiết lập tương ứng.
    .fix-2 = Kiểm tra mục smtps hoặc submissions trong master.cf (-o smtpd_tls_wrappermode=yes) và các thiết lập chứng chỉ nó kế thừa.
    .fix-3 = Chạy postfix reload và kiểm tra bằng openssl s_client -connect host:465.
mta-tls-postfix-required-not-offered = Đích này yêu cầu TLS nhưng máy chủ không cung cấp STARTTLS
    .cause = Chính sách của ta cho đích này là encrypt trở lên (smtp_tls_security_level hoặc smtp_tls_policy_maps), nhưng phản hồi EHLO của máy chủ nhận không có STARTTLS, nên Postfix hoãn thư (4.7.4) thay vì gửi văn bản rõ.
    .fix-1 = Kiểm tra EHLO của máy từ xa bằng posttls-finger host hoặc telnet host 25 rồi EHLO, và tìm STARTTLS.
    .fix-2 = Đề nghị quản trị viên phía bên kia bật STARTTLS; tường lửa cắt bỏ STARTTLS (SMTP fixup) cũng gây triệu chứng như vậy.
    .fix-3 = Nếu văn bản rõ chấp nhận được với đích này, hạ mục của nó trong smtp_tls_policy_maps xuống may và chạy postmap cho bảng.
mta-tls-postfix-required-refused = Yêu cầu TLS nhưng máy chủ từ xa từ chối lệnh STARTTLS
    .cause = Máy chủ quảng bá STARTTLS nhưng trả lời lệnh STARTTLS bằng lỗi (phản hồi của nó được nối vào cuối, ví dụ 454 4.7.0 TLS not available due to local problem). Vì chính sách của ta cho đích này là encrypt trở lên, Postfix hoãn thư.
    .fix-1 = Đọc phản hồi được nối: "TLS not available due to local problem" nghĩa là cấu hình TLS của chính máy chủ từ xa bị hỏng (không nạp được chứng chỉ hoặc khóa của họ).
    .fix-2 = Gửi nội dung phản hồi cho quản trị viên phía bên kia; phía ta không cần thay đổi gì.
    .fix-3 = Nếu chính sách cho phép, tạm đặt đích đó là may trong smtp_tls_policy_maps để thư đi không mã hóa cho tới khi họ sửa.
mta-tls-postfix-engine-unavailable = Yêu cầu TLS nhưng bộ máy TLS của chính Postfix không khởi động được
    .cause = Đích cần TLS (encrypt trở lên) nhưng máy khách smtp không có ngữ cảnh TLS hoạt động, thường vì không nạp được tệp chứng chỉ, khóa hoặc CA, hoặc danh sách giao thức sai. Postfix hoãn (4.7.5) thay vì gửi văn bản rõ.
    .fix-1 = Tìm trong nhật ký các cảnh báo ghi khi tiến trình smtp khởi động (disabling TLS support, TLS library problem) và sửa tệp hoặc thiết lập được nêu.
    .fix-2 = Kiểm tra các thiết lập smtp_tls_ bằng postconf -n, rồi chạy postfix reload.
    .fix-3 = Khi TLS đã hoạt động, đẩy hàng đợi hoãn bằng postqueue -f.
mta-tls-postfix-required-unavailable = Yêu cầu TLS nhưng TLS không khả dụng vì lý do không rõ
    .cause = Đây là thông báo dự phòng của Postfix khi TLS là bắt buộc cho đích mà không rơi vào "not offered" hay "engine unavailable"; Postfix còn ghi "don't know why". Trường hợp này hiếm và chỉ tới cấu hình bất thường hoặc lỗi phần mềm.
    .fix-1 = Nâng smtp_tls_loglevel lên 2 và thử gửi lại để ghi toàn bộ hội thoại TLS.
    .fix-2 = Kiểm tra mục smtp_tls_policy_maps của đích và phiên bản Postfix; nâng cấp nếu đã cũ.
    .fix-3 = Gửi nhật ký tới danh sách thư người dùng Postfix nếu vẫn chưa rõ nguyên nhân.
mta-tls-postfix-server-certificate-rejected = Chứng chỉ máy chủ từ xa không đạt chính sách TLS verify hoặc secure của ta
    .cause = TLS đã được thiết lập, nhưng mức chính sách của đích là verify, secure trở lên và chứng chỉ máy chủ không được tin cậy (không có chuỗi tới CA trong smtp_tls_CAfile hoặc smtp_tls_CApath) hoặc không khớp các tên mong đợi, nên Postfix hoãn với 4.7.5.
    .fix-1 = Xem chứng chỉ bằng posttls-finger host, hoặc openssl s_client -starttls smtp -connect host:25 -showcerts.
    .fix-2 = Với "not trusted", đặt smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt (hoặc CA của đối tác); với "not verified", kiểm tra tên đối chiếu của chính sách (match= trong smtp_tls_policy_maps, smtp_tls_secure_cert_match).
    .fix-3 = Nếu chứng chỉ của đối tác sai thì họ phải sửa; hạ chính sách xuống encrypt vẫn giữ mã hóa nhưng không xác thực.
mta-tls-postfix-cannot-start-tls = Bắt tay TLS với máy chủ từ xa thất bại (Cannot start TLS)
    .cause = Postfix đã gửi STARTTLS nhưng bắt tay thất bại; lý do nằm trong các dòng "SSL_connect error" và "TLS library problem" phía trước. Với smtp_tls_security_level = may, Postfix sẽ thử lại cùng máy chủ bằng văn bản rõ ở lần sau (chỉ khi không áp dụng mật khẩu SASL và thư đã chờ ít nhất minimal_backoff_time); với encrypt trở lên thì tiếp tục hoãn.
    .fix-1 = Đọc dòng TLS library problem ghi ngay trước đó để biết lý do OpenSSL chính xác và làm theo quy tắc tương ứng.
    .fix-2 = Kiểm tra máy chủ: openssl s_client -starttls smtp -connect host:25 (thêm -tls1_2 để thử một phiên bản).
    .fix-3 = Để dừng vòng lặp với một đích bị lỗi, chỉnh mục của nó trong smtp_tls_policy_maps (protocols=, ciphers=, hoặc none nếu chấp nhận văn bản rõ) và chạy postmap.
mta-tls-postfix-ssl-accept-error = Bắt tay TLS của một máy khách với máy chủ này thất bại (SSL_accept error)
    .cause = Một máy khách đã gửi STARTTLS (hoặc kết nối tới smtps) nhưng bắt tay không hoàn tất. "-1" nghĩa là OpenSSL báo lỗi, được giải thích ở dòng "TLS library problem" tiếp theo; "Connection timed out" hoặc "lost connection" nghĩa là máy khách bị treo hoặc ngắt, thường do tường lửa, sự cố MTU hoặc máy khách bỏ cuộc.
    .fix-1 = Đọc lý do ở dòng TLS library problem tiếp theo.
    .fix-2 = Với lỗi hết thời gian chờ, kiểm tra tường lửa hoặc IPS có kiểm tra SMTP và MTU đường truyền giữa hai máy.
    .fix-3 = Lỗi lẻ tẻ từ máy lạ thường là máy quét; hãy xử lý khi một đối tác đã biết bị ảnh hưởng.
mta-tls-postfix-ssl-connect-error = Bắt tay TLS của ta với máy chủ từ xa thất bại (SSL_connect error)
    .cause = Postfix kết nối ra ngoài và gửi STARTTLS nhưng bắt tay thất bại. "-1" nghĩa là OpenSSL báo lỗi, được giải thích ở dòng "TLS library problem" tiếp theo; "Connection reset by peer" hoặc "lost connection" nghĩa là phía bên kia đã đóng kết nối.
    .fix-1 = Đọc lý do chính xác ở dòng TLS library problem tiếp theo.
    .fix-2 = Kiểm tra máy chủ: openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-3 = Bị reset ngay sau lời chào của ta thường nghĩa là phía bên kia từ chối phiên bản TLS hoặc bộ mã hóa của ta; so smtp_tls_protocols và smtp_tls_mandatory_ciphers với những gì họ hỗ trợ.
mta-tls-postfix-lost-after-starttls = Máy khách ngắt kết nối ngay sau STARTTLS, trước khi bắt tay xong
    .cause = Máy khách gửi STARTTLS rồi kết nối kết thúc mà bắt tay chưa hoàn tất. Các dòng phía trước thường cho biết lý do: unsupported protocol hoặc version too low (máy khách quá cũ), no shared cipher, hoặc một chứng chỉ bị máy khách từ chối.
    .fix-1 = Tìm ngay phía trước các dòng SSL_accept error và TLS library problem có cùng mã tiến trình.
    .fix-2 = Nếu máy khách là bên gửi thật (ví dụ máy chủ gửi đi của nhà cung cấp), so các phiên bản TLS của họ với smtpd_tls_protocols và MinProtocol trong openssl.cnf của hệ thống.
    .fix-3 = Sự kiện lặp lại từ máy lạ thường là máy quét.
    .fix-4 = "timeout after STARTTLS" là cùng lỗi đó từ một máy khách ngừng trả lời giữa lúc bắt tay thay vì đóng kết nối: nguyên nhân hay gặp là tường lửa bỏ các gói TLS lớn (MTU, kiểm tra SMTP).
mta-tls-legacy-version-negotiated = Một phiên TLS 1.0 hoặc 1.1 đã được thỏa thuận với đối tác này
    .cause = Kết nối thành công nhưng bằng phiên bản giao thức lỗi thời. Hiện tại vẫn chạy, nhưng sẽ hỏng ngay khi một trong hai phía, hoặc đối tác như Exchange Online chỉ nhận TLS 1.2, nâng mức tối thiểu.
    .fix-1 = Xác định đối tác trong dòng nhật ký và đề nghị chủ sở hữu bật TLS 1.2.
    .fix-2 = Kiểm tra phía ta có đề xuất TLS 1.2 (smtp_tls_protocols, smtpd_tls_protocols) và OpenSSL đủ mới.
    .fix-3 = Khi các đối tác đã nâng cấp, nâng mức tối thiểu: smtp_tls_protocols = >=TLSv1.2 và smtpd_tls_protocols = >=TLSv1.2.
mta-tls-sendmail-legacy-version = Sendmail đã thỏa thuận TLS 1.0 hoặc 1.1 với đối tác này
    .cause = Dòng STARTTLS cho biết giao thức của phiên (version=TLSv1 là TLS 1.0). Thư vẫn đi được, nhưng qua một giao thức lỗi thời mà Exchange Online và hầu hết các nhà cung cấp lớn không còn chấp nhận, nên sẽ hỏng ngay khi một trong hai bên nâng mức tối thiểu.
    .fix-1 = Tìm đối tác trong relay= và đề nghị quản trị viên của họ bật TLS 1.2 (với máy Windows hoặc Exchange: bật TLS 1.2 trong SCHANNEL và .NET, rồi khởi động lại).
    .fix-2 = Kiểm tra Sendmail của chúng ta được liên kết với OpenSSL hỗ trợ TLS 1.2 (sendmail -d0.1 cho biết bản dựng; OpenSSL 1.0.1 trở lên) và ServerSSLOptions/ClientSSLOptions không tắt TLS 1.2.
    .fix-3 = Khi các đối tác đã nâng cấp, hãy từ chối các phiên bản cũ: thêm cờ SSL_OP_NO_TLSv1 và SSL_OP_NO_TLSv1_1 vào ServerSSLOptions và ClientSSLOptions, hoặc đặt MinProtocol = TLSv1.2 trong cấu hình OpenSSL mà Sendmail nạp.
mta-tls-exim-legacy-version = Exim đã thỏa thuận TLS 1.0 hoặc 1.1 với đối tác này
    .cause = Trường X= của dòng nhật ký (bộ chọn nhật ký tls_cipher) bắt đầu bằng giao thức của phiên: TLS1 hoặc TLS1.0 là TLS 1.0, TLS1.1 là TLS 1.1. Thư đã được gửi hoặc nhận, nhưng qua một giao thức lỗi thời sẽ ngừng hoạt động ngay khi một trong hai bên nâng mức tối thiểu.
    .fix-1 = Tìm đối tác trong H= và đề nghị quản trị viên của họ bật TLS 1.2 (với máy Windows hoặc Exchange: bật TLS 1.2 trong SCHANNEL và .NET, rồi khởi động lại).
    .fix-2 = Kiểm tra Exim của chúng ta có cung cấp TLS 1.2: exim -bV cho biết thư viện TLS; openssl_options không được chứa +no_tlsv1_2 (bản dựng GnuTLS: tls_require_ciphers phải cho phép VERS-TLS1.2).
    .fix-3 = Khi các đối tác đã nâng cấp, hãy từ chối các phiên bản cũ: openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1 (bản dựng GnuTLS: thêm -VERS-TLS1.0:-VERS-TLS1.1 vào tls_require_ciphers).
mta-tls-exim-required-not-offered = Exim yêu cầu TLS với máy này nhưng máy chủ không cung cấp STARTTLS
    .cause = Máy này có trong hosts_require_tls của transport smtp, nhưng phản hồi EHLO của nó không có STARTTLS, nên Exim hoãn thay vì gửi văn bản rõ.
    .fix-1 = Kiểm tra EHLO của máy từ xa (telnet host 25, rồi EHLO) xem có STARTTLS; tường lửa cắt bỏ nó cũng cho kết quả như vậy.
    .fix-2 = Đề nghị quản trị viên phía bên kia bật STARTTLS.
    .fix-3 = Nếu văn bản rõ chấp nhận được với máy này, gỡ nó khỏi hosts_require_tls.
mta-tls-exim-required-failed = Exim yêu cầu TLS với máy này nhưng bắt tay TLS thất bại
    .cause = Máy này có trong hosts_require_tls và đã cung cấp STARTTLS, nhưng bắt tay thất bại nên Exim hoãn; với những máy như vậy Exim không bao giờ chuyển sang văn bản rõ. Lý do nằm trong dòng nhật ký "TLS session" hoặc "TLS error" phía trước.
    .fix-1 = Tìm lý do OpenSSL trong dòng nhật ký phía trước và làm theo quy tắc TLS tương ứng.
    .fix-2 = So openssl_options (ví dụ +no_tlsv1 +no_tlsv1_1) và tls_require_ciphers với những gì phía bên kia hỗ trợ.
    .fix-3 = Kiểm tra bằng openssl s_client -starttls smtp -connect host:25.
mta-tls-exim-accept-error = Bắt tay TLS của một máy khách với Exim thất bại (TLS error on connection from)
    .cause = Exim ở vai trò máy chủ không hoàn tất được TLS với máy kết nối; phần chữ sau (SSL_accept) là lý do, ví dụ "timed out" khi máy khách bị treo, hoặc một lỗi OpenSSL.
    .fix-1 = Đọc lý do sau (SSL_accept); với lỗi OpenSSL, xem quy tắc TLS tương ứng.
    .fix-2 = Kiểm tra các thiết lập máy chủ tls_certificate, tls_privatekey, tls_require_ciphers và openssl_options trong cấu hình chính.
    .fix-3 = Hết thời gian chờ từ máy lạ thường là máy quét; với máy khách đã biết, kiểm tra tường lửa có kiểm tra SMTP.
mta-tls-exim-connect-error = Bắt tay TLS chiều gửi đi của Exim thất bại (SSL_connect)
    .cause = Exim đã gửi STARTTLS tới máy từ xa nhưng bắt tay thất bại; phần chữ sau (SSL_connect) là lý do (timed out hoặc một lỗi OpenSSL). Với tls_tempfail_tryclear (mặc định true) và máy đó không có trong hosts_require_tls, Exim sau đó gửi lại bằng văn bản rõ.
    .fix-1 = Đọc lý do sau (SSL_connect) và làm theo quy tắc TLS tương ứng.
    .fix-2 = Kiểm tra các tùy chọn của transport smtp: tls_require_ciphers, openssl_options và tls_verify_certificates.
    .fix-3 = Kiểm tra bằng openssl s_client -starttls smtp -connect host:25 -tls1_2.
mta-tls-sendmail-handshake-failed = Bắt tay STARTTLS của Sendmail với máy chủ từ xa thất bại (403 4.7.0)
    .cause = ruleset=tls_server với arg1=SOFTWARE nghĩa là chính quá trình bắt tay STARTTLS đã thất bại (kết quả verify là SOFTWARE). Sendmail không chuyển sang văn bản rõ, nên thư bị hoãn với 403 4.7.0 TLS handshake failed và được thử lại, thường cho tới khi hết hạn.
    .fix-1 = Đọc dòng lỗi STARTTLS=client ghi ngay trước đó để biết lý do OpenSSL.
    .fix-2 = Để ngừng dùng STARTTLS với một đối tác bị lỗi, thêm Try_TLS:<server name> NO vào /etc/mail/access (dùng tên relay trong nhật ký, không phải miền người nhận), dựng lại bảng (make -C /etc/mail) và khởi động lại sendmail.
    .fix-3 = Về lâu dài, điều chỉnh CipherList và ClientSSLOptions theo những gì đối tác hỗ trợ; openssl.cnf của hệ thống cũng có hiệu lực.
mta-tls-sendmail-client-connect-failed = Sendmail không hoàn tất được TLS ở vai trò máy khách (STARTTLS=client connect failed)
    .cause = Bắt tay STARTTLS chiều gửi đi của Sendmail thất bại. SSL_error=5 (SSL_ERROR_SYSCALL) cùng connect failed=0 thường nghĩa là phía bên kia đóng kết nối trong khi bắt tay, thường vì họ từ chối phiên bản TLS hoặc danh sách mã hóa của ta.
    .fix-1 = Kiểm tra đối tác: openssl s_client -starttls smtp -connect relay:25 -tls1_2.
    .fix-2 = Xem lại CipherList và ClientSSLOptions trong sendmail.mc hoặc sendmail.cf, và openssl.cnf của hệ thống.
    .fix-3 = Với một đối tác bị lỗi, thêm Try_TLS:<relay> NO vào bảng access và dựng lại bảng.
mta-tls-sendmail-server-accept-failed = Bắt tay STARTTLS của một máy khách với Sendmail thất bại (STARTTLS=server accept failed)
    .cause = Sendmail ở vai trò máy chủ không hoàn tất được TLS với máy khách; trường reason= (ở phiên bản mới) hoặc các giá trị SSL_error và errno cho biết lý do. SSL_error=5 với errno=0 nghĩa là máy khách đã đóng kết nối trong khi bắt tay.
    .fix-1 = Tạm nâng LogLevel lên trên 9 để Sendmail ghi hàng lỗi OpenSSL cho các sự cố này.
    .fix-2 = Kiểm tra ServerCertFile, ServerKeyFile và CACertFile, cùng các thiết lập CipherList và ServerSSLOptions.
    .fix-3 = Với máy khách không làm được TLS với bạn, thêm Srv_Features:<client> S vào bảng access để không cung cấp STARTTLS cho nó.
mta-tls-sendmail-write-error = Kết nối TLS của Sendmail bị đứt khi đang ghi (STARTTLS: write error)
    .cause = Phiên TLS đã được thiết lập nhưng ghi dữ liệu thất bại; errno=104 (connection reset by peer) cùng ssl_err=5 nghĩa là phía bên kia hoặc một thiết bị ở giữa đã reset kết nối.
    .fix-1 = Kiểm tra xem đối tác, tường lửa hoặc IPS có cắt các phiên TLS dài hay thư lớn không.
    .fix-2 = Nếu chỉ xảy ra với một đối tác, kiểm tra TLS của đối tác đó và liên hệ quản trị viên của họ.
mta-tls-mdaemon-unsupported-function = TLS của máy chủ thư Windows thất bại với 0x80090302: không có phiên bản TLS chung
    .cause = 0x80090302 là SEC_E_UNSUPPORTED_FUNCTION của Schannel, mã mà Schannel trả về cho cảnh báo TLS 70 (protocol_version): hai bên không có phiên bản TLS nào cùng được bật. Trên máy chủ Windows cũ, điều này thường có nghĩa TLS 1.2 chưa được bật cho phía máy khách hoặc máy chủ.
    .fix-1 = Bật TLS 1.2 trong SCHANNEL: DisabledByDefault = 0 và Enabled = 1 trong TLS 1.2\Client và TLS 1.2\Server (tệp .reg bên dưới), rồi khởi động lại.
    .fix-2 = Cập nhật phần mềm máy chủ thư để nó dùng khả năng TLS 1.2 của hệ điều hành.
    .fix-3 = Kiểm tra các phiên bản của đối tác bằng openssl s_client -starttls smtp -connect host:25 -tls1_2.
mta-tls-postfix-peer-certificate-dates = Chứng chỉ của máy bên kia đã hết hạn hoặc chưa có hiệu lực
    .cause = Postfix đã kiểm tra chứng chỉ bên kia xuất trình (vì chính sách cho đích này là verify, secure hoặc dane, hoặc có yêu cầu chứng chỉ máy khách) và thời hạn của nó không bao gồm thời điểm hiện tại: chứng chỉ, hoặc một chứng chỉ CA trong chuỗi, đã hết hạn hoặc chưa có hiệu lực. "Chưa có hiệu lực" thường có nghĩa là đồng hồ của một trong hai bên bị sai. Thư bị hoãn lại.
    .fix-1 = Xem thời hạn mà máy bên kia gửi: openssl s_client -starttls smtp -connect <host>:25 -showcerts, rồi openssl x509 -noout -dates cho từng chứng chỉ.
    .fix-2 = Nếu chứng chỉ đã hết hạn, chủ sở hữu phải gia hạn (và cài chứng chỉ trung gian mới); hãy báo cho quản trị viên bên kia.
    .fix-3 = Với "not yet valid", kiểm tra đồng hồ và việc đồng bộ thời gian của máy chủ này (timedatectl, chronyc tracking).
mta-tls-postfix-peer-certificate-untrusted = Không xác minh được chứng chỉ của máy bên kia (nhà phát hành không tin cậy, tự ký hoặc lỗi xác minh khác)
    .cause = Postfix đã kiểm tra chứng chỉ bên kia xuất trình, vì chính sách cho đích này là verify, secure hoặc dane (smtp_tls_security_level, smtp_tls_policy_maps) hoặc có yêu cầu chứng chỉ máy khách, và không thể tin cậy nó: chứng chỉ tự ký, nhà phát hành không nằm trong các chứng chỉ CA mà Postfix này dùng, không khớp bản ghi TLSA hoặc chính sách cục bộ, hoặc OpenSSL báo lỗi khác (num= cho biết mã lỗi, ví dụ hostname mismatch). Việc gửi bị hoãn với "Server certificate not verified".
    .fix-1 = Xem chuỗi chứng chỉ máy bên kia gửi: openssl s_client -starttls smtp -connect <host>:25 -showcerts -verify_return_error.
    .fix-2 = Nếu nhà phát hành là CA công cộng hoặc CA của công ty cần được tin cậy, thêm nó vào smtp_tls_CAfile hoặc smtp_tls_CApath (hoặc cài bộ CA của hệ thống) rồi chạy postfix reload.
    .fix-3 = Nếu máy bên kia gửi chuỗi tự ký hoặc thiếu, đề nghị quản trị viên của họ cài chứng chỉ đúng kèm chứng chỉ trung gian; trong lúc chờ, nếu quy định cho phép, hạ chính sách cho đích đó trong smtp_tls_policy_maps (encrypt thay cho verify).
mta-tls-key-certificate-mismatch = Khóa riêng TLS không thuộc về chứng chỉ
    .cause = OpenSSL đã so khóa riêng được cấu hình với khóa công khai trong chứng chỉ được cấu hình và chúng khác nhau ("key values mismatch"). Thường là khi gia hạn đã thay chứng chỉ mà không thay khóa (hoặc ngược lại), hoặc hai thiết lập trỏ tới tệp của hai chứng chỉ khác nhau. MTA không thể dùng cặp này nên không mời STARTTLS hoặc bắt tay thất bại.
    .fix-1 = So sánh hai khóa công khai: openssl x509 -noout -pubkey -in <certificate> | sha256sum và openssl pkey -pubout -in <key> | sha256sum phải in ra cùng một giá trị.
    .fix-2 = Trỏ thiết lập tới đúng cặp (Postfix smtpd_tls_cert_file và smtpd_tls_key_file hoặc smtpd_tls_chain_files; Exim tls_certificate và tls_privatekey; Sendmail confSERVER_CERT và confSERVER_KEY), rồi nạp lại MTA.
mta-tls-dh-key-too-small = Máy bên kia đưa ra tham số Diffie-Hellman quá nhỏ đối với OpenSSL này (dh key too small)
    .cause = Bên kia chọn trao đổi khóa DHE với số nguyên tố nhỏ hơn mức OpenSSL này chấp nhận (OpenSSL 3 ở mức bảo mật 2, mặc định trên Debian 12 và các bản phân phối hiện nay, từ chối DH dưới 2048 bit; mức 1 từ chối dưới 1024). Máy bên kia là máy chủ cũ hoặc cấu hình kém, thường vẫn dùng tham số DH 1024 bit (hoặc 512 bit dạng export), nên bắt tay thất bại.
    .fix-1 = Đề nghị quản trị viên bên kia dùng tham số DH ít nhất 2048 bit hoặc ưu tiên trao đổi khóa ECDHE (trên Postfix: smtpd_tls_dh1024_param_file với tệp 2048 bit, hoặc giá trị mặc định 2048 bit có sẵn của các phiên bản Postfix hiện nay).
    .fix-2 = Trong lúc chờ, thư tới máy đó chỉ đi được nếu TLS là tùy chọn với nó (smtp_tls_security_level may, sẽ chuyển sang văn bản thường sau lỗi), hoặc bằng một ngoại lệ cho đích đó trong smtp_tls_policy_maps bỏ các bộ mã DHE; đừng hạ mức bảo mật cho mọi đích.
mta-tls-unsafe-legacy-renegotiation = Máy bên kia không hỗ trợ thương lượng lại an toàn mà OpenSSL 3 yêu cầu (unsafe legacy renegotiation disabled)
    .cause = OpenSSL 3 không còn kết nối tới máy chủ thiếu phần mở rộng chỉ báo thương lượng lại TLS của RFC 5746 (nó đã bỏ SSL_OP_LEGACY_SERVER_CONNECT khỏi mặc định). Ngăn xếp TLS của máy bên kia đã cũ hoặc chưa vá (từ trước 2010, hoặc một thiết bị chưa bao giờ được vá), nên bắt tay bị hủy.
    .fix-1 = Cách sửa lâu dài nằm ở phía bên kia: quản trị viên của họ phải cập nhật phần mềm TLS hoặc firmware để hỗ trợ RFC 5746.
    .fix-2 = Chỉ cho riêng đích đó, một cấu hình OpenSSL có Options = UnsafeLegacyServerConnect trong phần SSL sẽ khôi phục hành vi cũ; hãy cân nhắc rủi ro, và đừng đưa nó vào openssl.cnf chung của hệ thống.
mta-tls-remote-tls-unavailable = Máy chủ bên kia từ chối STARTTLS: TLS của chính nó không hoạt động
    .cause = Máy chủ có mời STARTTLS nhưng lại trả lời lệnh STARTTLS bằng một lỗi thay vì bắt đầu bắt tay. "454 4.7.0 TLS not available due to local problem" là câu Postfix trả lời khi không nạp được chứng chỉ hoặc khóa của chính nó, nên sự cố nằm ở máy chủ đã gửi câu trả lời này. Tùy chính sách của bên gửi, thư sau đó được gửi dạng văn bản thường hoặc bị hoãn.
    .fix-1 = Nếu câu trả lời đến từ máy chủ bên ngoài, gửi dòng này cho quản trị viên của họ; phía bạn không cần thay đổi gì.
    .fix-2 = Nếu câu trả lời do chính Postfix của bạn đưa ra (thấy trong nhật ký smtpd của bạn), tìm các cảnh báo "disabling TLS support" hoặc "TLS library problem" và sửa tệp chứng chỉ và khóa.
mta-tls-sendmail-access-requirement = Sendmail từ chối kết nối: kết nối không đáp ứng yêu cầu TLS trong bảng access
    .cause = Một mục trong bảng access của Sendmail đòi hỏi TLS với máy này nhiều hơn những gì kết nối đạt được: TLS_Srv:<host> khi Sendmail gửi tới máy chủ đó, TLS_Clt:<host> khi một máy khách kết nối tới, TLS_Rcpt: cho một người nhận, với ENCR:<bits> (mã hóa ít nhất ngần ấy bit) hoặc VERIFY (chứng chỉ đã được xác minh). "encryption too weak 0 less than 112" nghĩa là hoàn toàn không có TLS (arg1=NONE: bên kia không mời hoặc không dùng STARTTLS); "authentication failed", "not authenticated" hoặc "authentication required" nghĩa là chứng chỉ không được xác minh (arg1=FAIL, NO). Thư bị hoãn (403 4.7.0) hoặc bị từ chối (503 5.7.0 khi có TLS_PERM_ERR).
    .fix-1 = Tìm mục đó: grep -i 'TLS_Srv\|TLS_Clt\|TLS_Rcpt' /etc/mail/access, và xem bên kia mời gì: openssl s_client -starttls smtp -connect <host>:25.
    .fix-2 = Nếu bên kia đã thôi mời STARTTLS hoặc chứng chỉ của họ không còn xác minh được, hãy báo quản trị viên của họ; nếu yêu cầu của bạn chặt hơn mức cần thiết, sửa mục đó và dựng lại bảng (makemap hash /etc/mail/access < /etc/mail/access, hoặc make -C /etc/mail).
mta-tls-exim-closed-after-starttls = Máy chủ đích ngắt kết nối sau lệnh STARTTLS của Exim, trước khi bắt tay TLS
    .cause = Exim gửi STARTTLS và máy chủ bên kia đóng kết nối thay vì trả lời 220: dịch vụ TLS của nó hỏng hoặc đã tắt dù vẫn quảng bá STARTTLS, hoặc nó ngắt những máy khách có đề nghị TLS mà nó không chấp nhận. Exim hoãn thư và thử lại sau. (Nếu máy chủ trả lời 220 nhưng bắt tay thất bại, Exim sẽ thử lại ngay không mã hóa, trừ khi máy chủ nằm trong hosts_require_tls; xem tls_tempfail_tryclear.)
    .fix-1 = Kiểm tra máy chủ từ chính máy này: openssl s_client -starttls smtp -connect <máy chủ>:25 -servername <máy chủ>; nếu kết nối bị đóng ở đây thì lỗi nằm ở phía bên kia.
    .fix-2 = Báo cho postmaster bên kia, kèm thời điểm và địa chỉ IP gửi của bạn.
    .fix-3 = Chỉ khi gửi không mã hóa là chấp nhận được với đích này và lỗi không sửa sớm được, hãy thêm máy chủ vào hosts_avoid_tls của smtp transport; không bao giờ làm vậy với đích yêu cầu TLS.
openssl-verify-certificate-dates = Chứng chỉ của máy chủ đã hết hạn hoặc chưa có hiệu lực (lỗi xác minh OpenSSL 10 hoặc 9)
    .cause = OpenSSL kiểm tra chuỗi chứng chỉ máy chủ gửi và thấy một chứng chỉ nằm ngoài thời hạn hiệu lực: num=10 (chứng chỉ đã hết hạn) hoặc num=9 (chứng chỉ chưa có hiệu lực). Bên gửi có xác minh chứng chỉ sẽ từ chối máy chủ này: Exchange Online với connector yêu cầu TLS, Postfix với chính sách verify hoặc dane, hầu hết ứng dụng thư. Với num=9, đồng hồ của máy kiểm tra cũng có thể là nguyên nhân.
    .fix-1 = Trên máy chủ được kiểm tra, gia hạn chứng chỉ và gán chứng chỉ mới cho SMTP (Exchange: Enable-ExchangeCertificate -Services SMTP; Postfix: smtpd_tls_chain_files rồi postfix reload), kể cả chứng chỉ trung gian đã hết hạn trong chuỗi.
    .fix-2 = Với num=9, kiểm tra ngày giờ của máy kiểm tra; sau đó kiểm tra lại bằng openssl s_client -connect host:25 -starttls smtp -showcerts.
openssl-verify-hostname-mismatch = Chứng chỉ của máy chủ không mang tên được dùng để kết nối tới nó (lỗi xác minh OpenSSL 62)
    .cause = Với -verify_hostname (hoặc trong ứng dụng có kiểm tra tên), OpenSSL thấy không có subject alternative name nào của chứng chỉ khớp với tên máy chủ đã kết nối. Bên gửi có kiểm tra tên sẽ từ chối máy chủ này: Exchange Online với connector chỉ định chứng chỉ, Postfix với chính sách secure hoặc dane, các ứng dụng thư.
    .fix-1 = Cấp chứng chỉ có tên máy chủ MX hoặc máy chủ gửi thư làm subject alternative name, hoặc trỏ connector, bản ghi MX hay ứng dụng tới một tên mà chứng chỉ có.
    .fix-2 = Kiểm tra bằng đúng tên bên gửi dùng: openssl s_client -connect host:25 -starttls smtp -verify_hostname host.
scan-tls12-not-offered = Máy chủ thư được quét không hỗ trợ TLS 1.2
    .cause = Kết quả quét (testssl.sh "TLS 1.2 not offered", sslscan "TLSv1.2 disabled") cho thấy máy chủ không chấp nhận TLS 1.2. Exchange Online và hầu hết các nhà cung cấp lớn không còn dùng TLS 1.0 hoặc 1.1, nên kết nối của họ tới máy chủ này thất bại (421 4.4.2 SocketError, TLS negotiation failed), và kết nối từ máy chủ này tới họ cũng vậy. Trên Windows, nguyên nhân thường là TLS 1.2 bị tắt trong SCHANNEL hoặc hệ điều hành cũ chưa có bản cập nhật; ở nơi khác là OpenSSL cũ hoặc danh sách giao thức dừng dưới TLS 1.2.
    .fix-1 = Trên Windows hoặc Exchange: bật TLS 1.2 trong SCHANNEL (Server và Client) và cho .NET (tệp .reg bên dưới), cài các bản cập nhật hiện hành, khởi động lại máy chủ rồi quét lại.
    .fix-2 = Trên Postfix hoặc máy chủ dùng OpenSSL khác: cho phép TLS 1.2 trong smtpd_tls_protocols và smtpd_tls_mandatory_protocols (khuyến nghị dạng >=TLSv1.2) và nâng cấp OpenSSL cũ hơn 1.0.1, rồi quét lại.
scan-legacy-tls-offered = Kiểm tra máy chủ thư cho thấy TLS 1.0 hoặc 1.1 vẫn được hỗ trợ hoặc đang được dùng
    .cause = Kết quả quét hoặc kiểm tra (testssl.sh "offered (deprecated)", sslscan "enabled", ssl-enum-ciphers của nmap, một phiên swaks) cho thấy máy chủ chấp nhận TLS 1.0 hoặc 1.1, hoặc đã thỏa thuận dùng chúng. Riêng điều đó không chặn thư khi TLS 1.2 cũng được hỗ trợ, nhưng các phiên bản này đã bị loại bỏ (RFC 8996), và đối tác nào còn thỏa thuận chúng sẽ thất bại với Exchange Online.
    .fix-1 = Trước tiên tìm các đối tác còn thỏa thuận TLS 1.0 hoặc 1.1 với máy chủ này (thống kê TLS từ protocol log hoặc mail log) và yêu cầu họ nâng cấp.
    .fix-2 = Sau đó tắt các phiên bản cũ (trên Windows là khóa Server của TLS 1.0 và 1.1 trong SCHANNEL với Enabled = 0; trên Postfix là smtpd_tls_protocols = >=TLSv1.2) rồi quét lại. Nếu phiên tới một máy chủ đã thỏa thuận TLS 1.0, máy chủ đó cần bật TLS 1.2.
